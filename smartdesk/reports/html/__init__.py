"""The briefing pack as one accessible, self-contained HTML page: the version to publish.

The same sections (:mod:`smartdesk.reports.sections`) that write the PDF and the Word
document write here to :class:`~smartdesk.reports.html.story.HtmlStory`, so the content
cannot drift between formats; the public version comes from the same redacted copy.
Modules: ``export`` (``build_html``, the entry point), ``story`` (the writer),
``page`` (the document around the story), ``style`` (screen and print CSS), ``svg``
(charts as inline SVG), ``words`` (the few words only the web page needs).
"""
