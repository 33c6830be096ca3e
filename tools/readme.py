"""Render README.md from nbs/index.ipynb without Quarto (which `nbdev_readme` needs and this machine lacks).

Usage: `python tools/readme.py` (writes README.md) or `python tools/readme.py --check` (exit 1 when stale).

Honours the nbdev cell directives that matter for a README: `#| hide` and `#| include: false` drop the cell,
`#| echo: false` drops the code but keeps the output, `#| output: false` drops the output. Directive lines are
removed from the code shown. Paths into `../figures/` are rewritten to `figures/` for the repository root.
"""
import re, sys
from pathlib import Path

import nbformat
from nbconvert import MarkdownExporter
from nbconvert.preprocessors import Preprocessor

ROOT = Path(__file__).resolve().parent.parent
NB, README = ROOT/'nbs'/'index.ipynb', ROOT/'README.md'
DIRECTIVE = re.compile(r'^\s*#\|\s*([\w-]+)\s*:?\s*(.*?)\s*$')


def directives(src):
    "The `#| name: value` lines of a cell, as a dict (value '' for bare flags)."
    return {m[1]: m[2].lower() for m in map(DIRECTIVE.match, src.splitlines()) if m}


class NbdevDirectives(Preprocessor):
    "Apply nbdev's hide/echo/output directives and strip directive lines."
    def preprocess(self, nb, resources):
        cells = []
        for cell in nb.cells:
            if cell.cell_type == 'code':
                d = directives(cell.source)
                if 'hide' in d or d.get('include') == 'false': continue
                cell.source = '\n'.join(l for l in cell.source.splitlines() if not DIRECTIVE.match(l)).strip()
                if d.get('echo') == 'false': cell.metadata['transient'] = {'remove_source': True}
                if d.get('output') == 'false': cell.outputs = []
            elif cell.cell_type == 'markdown':
                cell.source = cell.source.replace('../figures/', 'figures/')
            cells.append(cell)
        nb.cells = cells
        return nb, resources


def render():
    "The README text for the current index notebook."
    exporter = MarkdownExporter(exclude_input_prompt=True, exclude_output_prompt=True)
    exporter.register_preprocessor(NbdevDirectives(), enabled=True)
    nb = nbformat.read(NB, as_version=4)
    nb.metadata['language_info'] = {'name': 'python'}   # code fences say python (nbdev_clean strips this)
    body, _ = exporter.from_notebook_node(nb)
    header = '<!-- Generated from nbs/index.ipynb by `python tools/readme.py`: edit the notebook, not this file. -->\n\n'
    return header + re.sub(r'\n{3,}', '\n\n', body).strip() + '\n'


if __name__ == '__main__':
    text = render()
    if '--check' in sys.argv[1:]:
        if README.read_text(encoding='utf-8') != text:
            sys.exit('README.md is stale: run `python tools/readme.py` and commit README.md')
    else:
        README.write_text(text, encoding='utf-8')
