"""The files the demo leaves: the lineage picture (SVG, drawn in pure Python, plus Graphviz DOT for those who
have Graphviz) and the checks that the picture and the `.docx` report are what they claim to be."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

from provena import lineage
from provena._files import write_atomically

SVG_NS = "{http://www.w3.org/2000/svg}"


def write_pictures(graph: dict[str, Any], names: dict[str, str], out: Path, title: str) -> tuple[Path, Path]:
    svg_path, dot_path = out / "lineage.svg", out / "lineage.dot"
    write_atomically(svg_path, lineage.to_svg(graph, labels=names, title=title))
    write_atomically(dot_path, lineage.to_dot(graph))
    return svg_path, dot_path


def check_svg(path: Path, expected_nodes: int) -> int:
    """The SVG parses as XML and has one node group per lineage node; returns the node count."""
    root = ET.parse(path).getroot()
    if root.tag != f"{SVG_NS}svg":
        raise ValueError(f"{path} is not an SVG document (root element {root.tag})")
    found = sum(1 for g in root.iter(f"{SVG_NS}g") if g.get("class") == "node")
    if found != expected_nodes:
        raise ValueError(f"{path} draws {found} nodes, the lineage has {expected_nodes}")
    return found


def check_docx(path: Path) -> int:
    """The report opens as a Word document (a zip with word/document.xml); returns its paragraph count."""
    with zipfile.ZipFile(path) as archive:
        if "word/document.xml" not in archive.namelist():
            raise ValueError(f"{path} is a zip but not a Word document (no word/document.xml)")
        body = ET.fromstring(archive.read("word/document.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return sum(1 for _ in body.iter(f"{w}p"))
