"""Reshape Passerelle's EDIFACT schemas: loosely carried segments and trailing <any> get the directory's own
element layout (from Smooks' D96A / D01B DFDL segment directories), with small generic composites, so that
StAEDI's usage tree (reset at every message and loop occurrence) stays small."""
import os, re, sys, xml.etree.ElementTree as ET

# Where the D96A and D01B segment directories were unpacked: the jars org.smooks.cartridges.edi:edifact-schemas:2.0.0
# with classifiers d96a and d01b (Maven Central) hold d96a/EDIFACT-Segments.dfdl.xsd and d01b/EDIFACT-Segments.dfdl.xsd.
# Usage: DFDL=/tmp/dfdl python3 mappings/tools/shape_edifact_schemas.py mappings/src/main/resources/io/passerelle/mappings/edi/schema/orders-d96a.xml ...
DFDL = os.environ.get("DFDL", "/tmp/dfdl")

NS = {'xsd': 'http://www.w3.org/2001/XMLSchema'}

def directory(path):
    root = ET.parse(path).getroot()
    types = {ct.get('name').split('-')[0]: ct for ct in root.findall('xsd:complexType', NS)}
    def width(composite):
        return sum(int(e.get('maxOccurs', '1')) for e in types[composite].iter('{%s}element' % NS['xsd']))
    segs = {}
    for tag, ct in types.items():
        if not re.fullmatch(r'[A-Z]{3}', tag):
            continue
        layout = []
        for e in ct.iter('{%s}element' % NS['xsd']):
            name = e.get('name')
            times = int(e.get('maxOccurs', '1'))
            for _ in range(times):
                layout.append(('E', 0) if name.startswith('E') else ('C', width(name)))
        segs[tag] = layout
    return segs

def loose(layout, spare):
    lines = []
    for kind, k in layout:
        lines.append('<element type="DELOOSE" maxOccurs="99"/>' if kind == 'E'
                     else '<composite type="LOOSE%d" maxOccurs="99"/>' % (k + spare))
    return lines

def reshape(path, segs, spare_components=1):
    s = open(path).read()
    widths = set()
    report = []
    def seg_repl(m):
        name, attrs, body = m.group(1), m.group(2), m.group(3)
        layout = segs.get(name)
        elements = re.findall(r'<(element|composite|any)\b[^>]*/>', body)
        if all(e == 'composite' for e in elements) and 'type="LOOSE"' in body:
            # carried, not interpreted: the directory's layout plus one spare element for later directories
            if layout is None:
                report.append('NO DIRECTORY ENTRY for loose ' + name); return m.group(0)
            items = loose(layout, spare_components) + ['<composite type="LOOSE10" maxOccurs="99"/>']
            for it in items:
                w = re.search(r'LOOSE(\d+)', it)
                if w: widths.add(int(w.group(1)))
            indent = '      '
            comment = re.search(r'(\s*<!--.*?-->)', body, re.S)
            new = (comment.group(1) if comment else '') + '\n    <sequence>\n' + ''.join(indent + it + '\n' for it in items) + '    </sequence>\n  '
            report.append('%s loose: %d elements' % (name, len(items)))
            return '<segmentType name="%s"%s>%s</segmentType>' % (name, attrs, new)
        anym = re.search(r'([ \t]*)<any maxOccurs="(\d+)"/>', body)
        if anym:
            declared = len(re.findall(r'<(element|composite)\b', body))
            if layout is None:
                report.append('NO DIRECTORY ENTRY for ' + name); return m.group(0)
            rest = layout[declared:]
            if len(rest) != int(anym.group(2)):
                report.append('%s: any %s, directory has %d after the %d declared' % (name, anym.group(2), len(rest), declared))
            # as many positions as before: the directory's layout, then generic ones (later directories' additions)
            items = loose(rest, spare_components)
            items += ['<composite type="LOOSE10" maxOccurs="99"/>'] * max(0, int(anym.group(2)) - len(rest))
            for it in items:
                w = re.search(r'LOOSE(\d+)', it)
                if w: widths.add(int(w.group(1)))
            ind = anym.group(1)
            new_body = body.replace(anym.group(0), '\n'.join(ind + it for it in items))
            return '<segmentType name="%s"%s>%s</segmentType>' % (name, attrs, new_body)
        return m.group(0)
    s = re.sub(r'<segmentType name="(\w+)"([^>]*)>(.*?)</segmentType>', seg_repl, s, flags=re.S)
    # the generic composites actually used
    old = re.search(r'  <!-- A segment Passerelle carries.*?<elementType name="DELOOSE"[^>]*/>\n', s, re.S)
    defs = ['  <!-- Segments Passerelle carries but does not interpret are declared with the directory\'s own layout\n'
            '       (simple elements and composites of as many components, plus one, all untyped), and one spare element\n'
            '       for additions in later directories. Not with <any>: StAEDI expands each <any> position to 100\n'
            '       components and resets every position of the schema at each message and loop occurrence, which made\n'
            '       validation, not parsing, the cost of reading. -->\n']
    for w in sorted(widths):
        defs.append('  <compositeType name="LOOSE%d" title="Carried, not interpreted">\n    <sequence>\n' % w
                    + ''.join('      <element type="DELOOSE"/>\n' for _ in range(w)) + '    </sequence>\n  </compositeType>\n')
    defs.append('  <elementType name="DELOOSE" base="string" maxLength="512" title="Carried, not interpreted"/>\n')
    if old:
        s = s.replace(old.group(0), ''.join(defs))
    else:
        s = s.replace('</schema>', ''.join(defs) + '</schema>')
    open(path, 'w').write(s)
    return report

if __name__ == '__main__':
    d96a = directory(os.path.join(DFDL, 'd96a', 'EDIFACT-Segments.dfdl.xsd'))
    d01b = directory(os.path.join(DFDL, 'd01b', 'EDIFACT-Segments.dfdl.xsd'))
    for path in sys.argv[1:]:
        segs = d96a if 'd96a' in path else d01b
        print(path, reshape(path, segs))
