"""Reads a Word briefing with python-docx (an independent reader) and prints what it finds as JSON.

python-docx 0.8 has no footnotes API: the footnotes part is found through the document's
relationships and read with lxml, the way python-docx reads every other part.
Usage: check_docx.py FILE.docx
"""
import json
import sys

import docx
from docx.oxml.ns import qn

FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def main(path):
    d = docx.Document(path)
    paragraphs = [{"style": p.style.name, "text": p.text} for p in d.paragraphs]
    refs = []
    for p in d.paragraphs:
        ids = [int(r.get(qn("w:id"))) for r in p._p.iter(qn("w:footnoteReference"))]
        refs.append(ids)
    notes = {}
    for rel in d.part.rels.values():
        if rel.reltype == FOOTNOTES:
            from lxml import etree
            root = etree.fromstring(rel.target_part.blob)
            for fn in root.iter(qn("w:footnote")):
                fid = int(fn.get(qn("w:id")))
                if fid > 0:
                    notes[fid] = "".join(t.text or "" for t in fn.iter(qn("w:t")))
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in d.tables]
    section = d.sections[0]
    styles = {}
    for name in ("Normal", "Heading 1", "Heading 2"):
        s = d.styles[name]
        rfonts = s.element.find(qn("w:rPr") + "/" + qn("w:rFonts"))
        styles[name] = None if rfonts is None else {k.split("}")[1]: v for k, v in rfonts.attrib.items()}
    defaults = d.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr") + "/" + qn("w:rFonts"))
    print(json.dumps({
        "paragraphs": [dict(p, notes=r) for p, r in zip(paragraphs, refs)],
        "notes": notes,
        "tables": tables,
        "page": {"width": section.page_width, "height": section.page_height, "left": section.left_margin, "top": section.top_margin},
        "header": [p.text for p in section.header.paragraphs],
        "styles": styles,
        "defaults": {k.split("}")[1]: v for k, v in defaults.attrib.items()} if defaults is not None else None,
        "core": {"title": d.core_properties.title, "author": d.core_properties.author},
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
