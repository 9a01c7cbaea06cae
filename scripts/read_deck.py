"""Reads a Leadflow deck with python-pptx, as another program would, and fails when a slide,
a stage's name, a chart's data or a speaker note is missing. Prints what it read.

    python read_deck.py DECK.pptx DESIGN.ron
"""
import re
import sys

from pptx import Presentation


def shapes_of(shapes):
    for shape in shapes:
        yield shape
        if shape.shape_type == 6:  # a group
            yield from shapes_of(shape.shapes)


def main(deck_path, design_path):
    deck = Presentation(deck_path)
    assert deck.slide_width * 9 == deck.slide_height * 16, "16:9"
    design = open(design_path, encoding="utf-8").read()
    stages = design.split("\n    stages: {", 1)[1].split("\n    },", 1)[0]
    names = set(re.findall(r'^ {12}name: "((?:[^"\\]|\\.)*)",$', stages, re.MULTILINE))
    assert names, "the design's stages"
    texts, charts, tables = [], 0, 0
    for number, slide in enumerate(deck.slides, start=1):
        shapes = list(shapes_of(slide.shapes))
        print(f"slide {number}: {len(shapes)} shapes")
        for shape in shapes:
            if shape.has_text_frame:
                texts.append(shape.text_frame.text)
            if getattr(shape, "has_chart", False) and shape.has_chart:
                charts += 1
                for plot in shape.chart.plots:
                    for series in plot.series:
                        values = list(series.values)
                        assert values, f"slide {number}: chart series {series.name} is empty"
                        print(f"  chart series {series.name}: {len(values)} values")
            if getattr(shape, "has_table", False) and shape.has_table:
                tables += 1
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        assert len(notes.split()) >= 8, f"slide {number} has no speaker notes"
        print(f"  notes: {notes[:100]}")
    text = "\n".join(texts)
    missing = [name for name in names if name and name not in text]
    assert not missing, f"not found as text: {missing}"
    assert charts >= 2, "the year and revenue charts"
    assert tables >= 3, "the figures, months, assumptions tables"
    print(f"ok: {len(deck.slides)} slides, {charts} charts, {tables} tables")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
