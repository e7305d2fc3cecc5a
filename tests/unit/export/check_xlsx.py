#!/usr/bin/env python3
"""Reads an exported workbook with openpyxl, a third independent implementation, and prints what it
sees as JSON. Exits 1 (after printing) if a structural invariant fails: every table sheet has frozen
header rows, an autofilter and bold header cells, and every in-document hyperlink lands on an
existing, non-empty row of an existing sheet.

usage: check_xlsx.py FILE.xlsx [Sheet!A1 ...]   (extra cell references are echoed under "cells")
"""
import json
import re
import sys

import openpyxl

# Points per unit of column width (Calibri 11: 7 px per unit at 96 dpi) and page sizes by paperSize.
POINTS_PER_WIDTH = 5.25
PAGE_POINTS = {1: (612.0, 792.0), 9: (595.3, 841.9)}
MIN_PRINTED_PT = 9


def sheet_width(ws):
    """Sum of column widths, counting each column once (openpyxl groups equal columns into ranges)."""
    total = 0.0
    for dim in ws.column_dimensions.values():
        if dim.width:
            total += dim.width * (dim.max - dim.min + 1)
    return total


def print_scale(ws):
    """What fit-to-width shrinks the sheet by when printed (whole percents, rounded down)."""
    w, h = PAGE_POINTS[int(ws.page_setup.paperSize or 1)]
    page = w if ws.page_setup.orientation == "portrait" else h
    printable = page - (ws.page_margins.left + ws.page_margins.right) * 72
    table = sheet_width(ws) * POINTS_PER_WIDTH
    return min(1.0, int(printable / table * 100) / 100)


def header_sizes(text):
    return [int(m) for m in re.findall(r"&(\d+)", text or "")]


def colour(fill):
    if fill is None or fill.fill_type != "solid" or fill.fgColor is None or fill.fgColor.type != "rgb":
        return None
    return fill.fgColor.rgb


def main():
    path = sys.argv[1]
    wb = openpyxl.load_workbook(path)
    problems = []
    out = {"sheets": wb.sheetnames, "sheet": {}, "cells": {}}

    # The first four sheets are the tables (their names follow the export language).
    table_sheets = wb.sheetnames[:4]
    for ws in wb.worksheets:
        frozen = ws.freeze_panes
        header_row = int(re.sub(r"[A-Z]+", "", frozen)) - 1 if frozen else 1
        header = [c for c in ws[header_row] if c.value is not None] if header_row >= 1 else []
        links = {}
        fills = {}
        for row in ws.iter_rows():
            for c in row:
                if c.hyperlink is not None:
                    links[c.coordinate] = {"location": c.hyperlink.location, "target": c.hyperlink.target, "tooltip": c.hyperlink.tooltip}
                rgb = colour(c.fill)
                if rgb is not None and c.row > header_row:
                    fills[c.coordinate] = rgb
        setup = ws.page_setup
        out["sheet"][ws.title] = {
            "freeze_panes": frozen,
            "auto_filter": ws.auto_filter.ref,
            "max_row": ws.max_row,
            "max_column": ws.max_column,
            "header_row": header_row,
            "header": [{"value": c.value, "bold": bool(c.font and c.font.b), "fill": colour(c.fill)} for c in header],
            "hyperlinks": links,
            "fills": fills,
            "orientation": setup.orientation,
            "fit_to_width": setup.fitToWidth,
            "fit_to_height": setup.fitToHeight,
            "fit_to_page": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
            "print_title_rows": ws.print_title_rows,
            "show_grid_lines": ws.sheet_view.showGridLines,
            "paper_size": ws.page_setup.paperSize,
            "print_scale": print_scale(ws),
        }
        sizes = sorted({float(c.font.sz) for row in ws.iter_rows() for c in row if c.value not in (None, "") and c.font and c.font.sz})
        hf = [ws.oddHeader.left.text, ws.oddHeader.right.text, ws.oddFooter.left.text, ws.oddFooter.right.text]
        hf_sizes = [ws.oddHeader.left.size, ws.oddHeader.right.size, ws.oddFooter.left.size, ws.oddFooter.right.size]
        out["sheet"][ws.title]["font_sizes"] = sizes
        out["sheet"][ws.title]["header_footer_sizes"] = hf_sizes
        smallest = min(sizes + [s for s in hf_sizes if s]) if sizes else None
        printed = round(smallest * print_scale(ws), 2) if smallest else None
        out["sheet"][ws.title]["min_printed_pt"] = printed
        if printed is not None and printed < MIN_PRINTED_PT:
            problems.append(f"{ws.title}: smallest text prints at {printed} pt (< {MIN_PRINTED_PT})")
        if any(t and not s for t, s in zip(hf, hf_sizes)):
            problems.append(f"{ws.title}: page header/footer text without a size (would print at the default 11 pt, shrunk)")

        if ws.title in table_sheets:
            if not frozen:
                problems.append(f"{ws.title}: no frozen header row")
            if not ws.auto_filter.ref:
                problems.append(f"{ws.title}: no autofilter")
            if not header or not all(h["bold"] for h in out["sheet"][ws.title]["header"]):
                problems.append(f"{ws.title}: header row {header_row} not bold")
        for ref, link in links.items():
            m = re.fullmatch(r"'?([^'!]+)'?!([A-Z]+)(\d+)", link["location"] or "")
            if link["target"] is not None or m is None:
                problems.append(f"{ws.title}!{ref}: not an in-document link: {link}")
                continue
            sheet, col, row = m.group(1), m.group(2), int(m.group(3))
            if sheet not in wb.sheetnames:
                problems.append(f"{ws.title}!{ref}: link to missing sheet {sheet}")
            elif row > wb[sheet].max_row or wb[sheet][f"{col}{row}"].value in (None, ""):
                problems.append(f"{ws.title}!{ref}: link to empty cell {sheet}!{col}{row}")

    # Read-only mode (what pandas uses) trusts the stored used range instead of scanning the cells.
    read_only = openpyxl.load_workbook(path, read_only=True)
    for ws in read_only.worksheets:
        out["sheet"][ws.title]["read_only_dimensions"] = ws.calculate_dimension()
        if ws.max_row != out["sheet"][ws.title]["max_row"]:
            problems.append(f"{ws.title}: read-only max_row {ws.max_row} != {out['sheet'][ws.title]['max_row']}")
    read_only.close()

    for ref in sys.argv[2:]:
        sheet, cell = ref.split("!")
        out["cells"][ref] = wb[sheet][cell].value

    out["problems"] = problems
    print(json.dumps(out, ensure_ascii=False, default=str))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
