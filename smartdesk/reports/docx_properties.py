"""The Word document's properties, from the workshop rather than python-docx's template.

python-docx starts from a template whose properties say it was created in 2013 by
"python-docx" in "Microsoft Macintosh Word"; Word's File > Info and a council's
records system show those. Every property is set here from the workshop, and the
dates are the export's.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from xml.sax.saxutils import escape

from smartdesk.reports.markup import clean, shorten

_APP = """<?xml version='1.0' encoding='UTF-8' standalone='yes'?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
<Application>SmartDesk</Application><Company>{company}</Company>\
<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>\
<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"""


def _short(value: str) -> str:
    # Core properties hold at most 255 characters of XML-safe text.
    return shorten(clean(value), 255)


def describe(
    document: Any,
    *,
    title: str,
    author: str,
    subject: str,
    keywords: str,
    category: str,
    company: str,
    now: dt.datetime | None = None,
) -> None:
    """Set the core properties (title, author, dates ...) and the application ones."""
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    core = document.core_properties
    core.title = _short(title)
    core.author = _short(author)
    core.last_modified_by = _short(author)
    core.subject = _short(subject)
    core.keywords = _short(keywords)
    core.category = _short(category)
    core.comments = "SmartDesk"
    core.created = now
    core.modified = now
    core.revision = 1
    for part in document.part.package.parts:
        if str(part.partname) == "/docProps/app.xml":
            # A plain package part: its bytes are what is written.
            part._blob = _APP.format(company=escape(_short(company))).encode("utf-8")
