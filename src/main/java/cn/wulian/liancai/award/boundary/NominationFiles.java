package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.entity.Attachment;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.web.FacesErrors;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The files attached to nominations as a page shows them: read once per nomination and page, each
 * downloaded through the facade (so only those who may open the nomination get it), uploads
 * refused with the facade's reason. The hub and the review page share it.
 */
final class NominationFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, List<Attachment.Info>> read = new HashMap<>();

    List<Attachment.Info> of(Nominations nominations, long nomination) {
        return read.computeIfAbsent(nomination, nominations::attachments);
    }

    StreamedContent download(Nominations nominations, long nomination, long attachment) {
        Attachment a = nominations.download(nomination, attachment);
        byte[] content = a.getContent();
        return DefaultStreamedContent.builder().name(a.getFileName()).contentType(a.getContentType())
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    /** a file the page uploaded for the nomination named by the upload component's {@code nomination} attribute */
    void upload(Nominations nominations, FileUploadEvent event, Locale locale) {
        long nomination = ((Number) event.getComponent().getAttributes().get("nomination")).longValue();
        try {
            Attachment.Info saved = nominations.attach(nomination, event.getFile().getFileName(), event.getFile().getContent());
            read.remove(nomination);
            FacesErrors.info("awards.files.added", saved.fileName());
        } catch (DomainViolation e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.text("file", locale), null));
        }
    }
}
