// A talent's network two steps out, drawn as SVG from the JSON the page hands over (data-graph): the talent in
// the middle, the people, teams and projects one step away around it, those two steps away further out. A
// force layout places them (a few hundred nodes at most, laid out once, the same every time: no randomness);
// a click on a node opens its page; the boxes above the picture show or hide a kind of link (and whatever is
// then no longer linked to the talent). No library: the app works without the internet.
(function () {
    var SVG = 'http://www.w3.org/2000/svg';
    var GROUPS = {CLASSMATE: 'CLASSMATE', COLLEAGUE: 'COLLEAGUE', RELATIVE: 'RELATIVE', REFERRED_BY: 'REFERRAL',
        LEADS: 'TEAM', MEMBER: 'TEAM', RECOMMENDED: 'PROJECT'};

    function el(name, attrs) {
        var e = document.createElementNS(SVG, name);
        Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
        return e;
    }

    // what the filter box of a link is: a team's or project's link by the record it reaches, else its kind
    function group(edge, kindOf) {
        if (kindOf[edge.from] === 'PROJECT' || kindOf[edge.to] === 'PROJECT') { return 'PROJECT'; }
        if (kindOf[edge.from] === 'TEAM' || kindOf[edge.to] === 'TEAM') { return 'TEAM'; }
        return GROUPS[edge.kind] || edge.kind;
    }

    function layout(nodes, edges, width, height) {
        var n = nodes.length, index = {}, i, j, it;
        nodes.forEach(function (node, k) {
            index[node.id] = k;
            // start on rings by step, spread by order: a deterministic start, so the same graph looks the same
            var ring = node.step === 0 ? 0 : node.step === 1 ? 0.28 : 0.46;
            var angle = 2 * Math.PI * k / Math.max(1, n) + node.step;
            node.x = width / 2 + Math.cos(angle) * ring * width;
            node.y = height / 2 + Math.sin(angle) * ring * height;
        });
        var area = width * height, kk = Math.sqrt(area / Math.max(1, n)) * 0.75, t = width / 10;
        for (it = 0; it < 220; it++) {
            var dx = new Array(n).fill(0), dy = new Array(n).fill(0);
            for (i = 0; i < n; i++) {
                for (j = i + 1; j < n; j++) {
                    var x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y, d = Math.sqrt(x * x + y * y) || 0.01;
                    var f = kk * kk / d;
                    dx[i] += x / d * f; dy[i] += y / d * f; dx[j] -= x / d * f; dy[j] -= y / d * f;
                }
            }
            edges.forEach(function (e) {
                var a = index[e.from], b = index[e.to];
                if (a === undefined || b === undefined) { return; }
                var x = nodes[a].x - nodes[b].x, y = nodes[a].y - nodes[b].y, d = Math.sqrt(x * x + y * y) || 0.01;
                var f = d * d / kk;
                dx[a] -= x / d * f; dy[a] -= y / d * f; dx[b] += x / d * f; dy[b] += y / d * f;
            });
            for (i = 0; i < n; i++) {
                if (nodes[i].step === 0) {
                    nodes[i].x = width / 2; nodes[i].y = height / 2;
                    continue;
                }
                var len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 0.01;
                nodes[i].x = Math.min(width - 56, Math.max(56, nodes[i].x + dx[i] / len * Math.min(len, t)));
                nodes[i].y = Math.min(height - 20, Math.max(20, nodes[i].y + dy[i] / len * Math.min(len, t)));
            }
            t *= 0.97;
        }
    }

    // the labels are placed nearest the centre first, each beside its node where it overlaps no label or node placed
    // before it (below, above, right, left), measured as drawn; one that fits nowhere is left to the node's tooltip:
    // on a busy picture the labels were written over each other and read as neither
    function label(nodes, width, height) {
        var placed = nodes.map(function (node) {
            return {x1: node.x - node.r, y1: node.y - node.r, x2: node.x + node.r, y2: node.y + node.r};
        });
        nodes.slice().sort(function (a, b) { return a.step - b.step; }).forEach(function (node) {
            var text = el('text', {'text-anchor': 'middle'}), r = node.r;
            text.textContent = node.label.length > 12 ? node.label.substring(0, 11) + '…' : node.label;
            node.link.appendChild(text);
            var w = text.getComputedTextLength() || 11 * text.textContent.length;
            var spots = [[node.x, node.y + r + 12], [node.x, node.y - r - 4], [node.x + r + 3 + w / 2, node.y + 4],
                [node.x - r - 3 - w / 2, node.y + 4]];
            for (var k = 0; k < spots.length; k++) {
                text.setAttribute('x', Math.min(width - w / 2 - 2, Math.max(w / 2 + 2, spots[k][0])));
                text.setAttribute('y', spots[k][1]);
                var b = text.getBBox(), box = {x1: b.x - 1, y1: b.y, x2: b.x + b.width + 1, y2: b.y + b.height};
                if (box.y1 >= 0 && box.y2 <= height && !placed.some(function (p) { return overlaps(p, box); })) {
                    placed.push(box);
                    return;
                }
            }
            node.link.removeChild(text);
        });
    }

    function overlaps(a, b) {
        return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    }

    function draw(box) {
        var graph = JSON.parse(box.getAttribute('data-graph'));
        var svg = box.querySelector('svg');
        var width = Math.max(320, box.clientWidth), height = Math.round(Math.min(560, Math.max(320, width * 0.7)));
        svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
        svg.setAttribute('height', height);
        var kindOf = {};
        graph.nodes.forEach(function (node) { kindOf[node.id] = node.kind; });
        layout(graph.nodes, graph.edges, width, height);
        var at = {};
        graph.nodes.forEach(function (node) { at[node.id] = node; });
        var lines = el('g', {'class': 'net-edges'}), dots = el('g', {'class': 'net-nodes'});
        graph.edges.forEach(function (e) {
            var a = at[e.from], b = at[e.to];
            var line = el('line', {x1: a.x, y1: a.y, x2: b.x, y2: b.y, 'class': 'net-edge net-' + group(e, kindOf), 'data-from': e.from, 'data-to': e.to,
                'data-group': group(e, kindOf)});
            var title = el('title');
            title.textContent = (box.getAttribute('data-label-' + e.kind) || e.kind) + ': ' + a.label + ' — ' + b.label;
            line.appendChild(title);
            lines.appendChild(line);
        });
        graph.nodes.forEach(function (node) {
            var link = el('a', {href: node.href, 'class': 'net-node net-' + node.kind + ' net-step-' + node.step, 'data-id': node.id});
            var r = node.r = node.step === 0 ? 11 : node.kind === 'TALENT' ? 7 : 8;
            link.appendChild(node.kind === 'TALENT' ? el('circle', {cx: node.x, cy: node.y, r: r})
                : el('rect', {x: node.x - r, y: node.y - r, width: 2 * r, height: 2 * r, rx: 3}));
            var title = el('title');
            title.textContent = node.label;
            link.appendChild(title);
            node.link = link;
            dots.appendChild(link);
        });
        svg.appendChild(lines);
        svg.appendChild(dots);
        label(graph.nodes, width, height);
        box.setAttribute('data-drawn', graph.nodes.length + ':' + graph.edges.length);
    }

    // a kind of link hidden: its lines go, and so do the nodes no longer linked to the centre by what is shown
    function filter(box) {
        var shown = {};
        box.querySelectorAll('input[data-group]').forEach(function (c) { shown[c.getAttribute('data-group')] = c.checked; });
        var graph = JSON.parse(box.getAttribute('data-graph'));
        var reach = {}, adjacency = {}, queue = [graph.centre];
        reach[graph.centre] = true;
        box.querySelectorAll('line.net-edge').forEach(function (line) {
            var on = shown[line.getAttribute('data-group')] !== false;
            line.style.display = on ? '' : 'none';
            if (on) {
                var a = line.getAttribute('data-from'), b = line.getAttribute('data-to');
                (adjacency[a] = adjacency[a] || []).push(b);
                (adjacency[b] = adjacency[b] || []).push(a);
            }
        });
        while (queue.length) {
            (adjacency[queue.shift()] || []).forEach(function (next) {
                if (!reach[next]) { reach[next] = true; queue.push(next); }
            });
        }
        box.querySelectorAll('a.net-node').forEach(function (node) {
            node.style.display = reach[node.getAttribute('data-id')] ? '' : 'none';
        });
        box.querySelectorAll('line.net-edge').forEach(function (line) {
            if (!reach[line.getAttribute('data-from')] || !reach[line.getAttribute('data-to')]) { line.style.display = 'none'; }
        });
    }

    function drawNew() {
        document.querySelectorAll('.network-graph[data-graph]:not([data-bound])').forEach(function (box) {
            box.setAttribute('data-bound', 'true');
            draw(box);
            box.querySelectorAll('input[data-group]').forEach(function (c) {
                c.addEventListener('change', function () { filter(box); });
            });
        });
    }

    drawNew();
    // a relation added or removed on the profile sends the graph's box again (AJAX): drawn as it comes, it showed the
    // talent alone until the page was reloaded
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', drawNew);
    }
})();
