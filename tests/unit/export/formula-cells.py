#!/usr/bin/env python3
"""Prints, as JSON, every cell of an exported workbook whose text starts with = + - @ (or their
full-width forms), with openpyxl's view of it: value, data type and quotePrefix. A well-formed
package is implied: openpyxl refuses a sharedStrings.xml that is not XML.

usage: formula-cells.py FILE.xlsx
"""
import json
import sys

import openpyxl

TRIGGERS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def main():
    wb = openpyxl.load_workbook(sys.argv[1])
    cells = []
    texts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    texts.append(c.value)
                    if c.value.startswith(TRIGGERS):
                        cells.append({"ref": f"{ws.title}!{c.coordinate}", "value": c.value, "type": c.data_type, "quotePrefix": bool(c.quotePrefix)})
    print(json.dumps({"cells": cells, "texts": texts}, ensure_ascii=False))


main()
