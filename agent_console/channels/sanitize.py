"""Inbound e-mail HTML made safe to show, and made into plain text.

:func:`sanitize_html` runs nh3 (the Rust ammonia sanitiser) with one reusable
:class:`nh3.Cleaner`: ordinary formatting survives; scripts, styles, frames, forms, objects,
event handlers and dangerous CSS do not; links get ``rel="noopener noreferrer"``; URLs may only
be http(s), mailto, cid, or a ``data:`` raster image.  Relative URLs are dropped (they mean
nothing in an e-mail and could resolve against a local resource).

Remote images would tell the sender that (and when, and from where) the message was read, so
they never load by themselves: every ``<img src="http(s)://...">`` leaves the cleaner with its
URL in ``data-remote-src`` instead (:func:`remote_images` lists them, :func:`with_remote_images`
puts them back when the agent asks).

Choices.  What nh3 cannot express (those image rewrites, ``data:`` only for images) is done
with patterns on nh3's *output*, whose form is fixed: lower-case names, double-quoted attribute
values with ``"`` and ``>`` escaped, ``<`` escaped in text, no comments; a pattern reads that
safely, and ``data-remote-src`` in the input never survives the cleaner.  nh3's per-attribute
Python callback would do it too, at a third more time in nh3.  :func:`html_to_text` works the
same way instead of with :mod:`html.parser`: nh3 keeps the tags that break lines (dropping
scripts and styles with their content), then a few pattern passes and :func:`html.unescape`.
For an 85 KB newsletter that is 5 ms (2 ms from :func:`sanitize_html`'s output, which
:mod:`channels.mail` reuses) where :mod:`html.parser` took 24 ms, and parsing the whole
message takes 0.6 ms: the mbox import's time budget could not afford the parser.
"""

from __future__ import annotations

import html as htmllib
import re

import nh3

_TAGS = {
    "a", "abbr", "b", "big", "blockquote", "br", "caption", "center", "cite", "code", "col",
    "colgroup", "dd", "del", "div", "dl", "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span",
    "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "tt",
    "u", "ul", "wbr",
}  # fmt: skip
_CELL_ATTRIBUTES = {"align", "valign", "width", "height", "colspan", "rowspan", "bgcolor", "nowrap"}
_ATTRIBUTES = {
    "*": {"dir", "lang", "title", "style", "align"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height", "border"},
    "font": {"color", "face", "size"},
    "table": {"width", "border", "cellpadding", "cellspacing", "bgcolor"},
    "td": _CELL_ATTRIBUTES,
    "th": _CELL_ATTRIBUTES,
    "tr": {"valign", "bgcolor"},
    "col": {"span", "width"},
    "colgroup": {"span", "width"},
    "ol": {"start", "type"},
    "ul": {"type"},
    "hr": {"size", "width", "noshade"},
    "blockquote": {"type"},
}
#: CSS properties that only change how text looks: none of them can load a URL or cover the UI.
_STYLE_PROPERTIES = {
    "color", "background-color", "font", "font-family", "font-size", "font-style", "font-weight",
    "text-align", "text-decoration", "text-indent", "text-transform", "line-height",
    "letter-spacing", "white-space", "vertical-align", "direction", "width", "height",
    "margin", "margin-top", "margin-right", "margin-bottom", "margin-left",
    "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
    "border", "border-top", "border-right", "border-bottom", "border-left", "border-color",
    "border-style", "border-width", "border-collapse", "border-spacing",
}  # fmt: skip
#: Removed together with their content (everything else unknown loses the tag, keeps the text).
_DROP_WITH_CONTENT = {"script", "style", "title", "iframe", "object", "template", "noembed", "noframes"}
_URL_SCHEMES = {"http", "https", "mailto", "cid", "data"}

_CLEANER = nh3.Cleaner(
    tags=_TAGS,
    clean_content_tags=_DROP_WITH_CONTENT,
    attributes=_ATTRIBUTES,
    url_schemes=_URL_SCHEMES,
    url_relative="deny",
    filter_style_properties=_STYLE_PROPERTIES,
    link_rel="noopener noreferrer",
)

#: In nh3's output: the tags that may carry a URL (nothing else is allowed one), an attribute.
_URL_TAG = re.compile(r"<(a|img)\b[^>]*>")
_IMG_TAG = re.compile(r"<img\b[^>]*>")
_ATTRIBUTE = re.compile(r'\s([a-z][a-z0-9-]*)="([^"]*)"')
#: What browsers (and nh3's URL parser) ignore in a URL: "ht\ttp:" is "http:".
_IGNORED_IN_URL = re.compile(r"[\x00-\x20]+")
_RASTER_DATA_URL = re.compile(r"data:image/(?:png|jpe?g|gif|webp|bmp)[;,]")


def sanitize_html(html: str) -> str:
    """Safe HTML to show: see the module docstring for what is kept; remote images blocked."""
    return _URL_TAG.sub(_fix_urls, _CLEANER.clean(html))


def _fix_urls(tag: re.Match[str]) -> str:
    is_img = tag.group(1) == "img"
    return _ATTRIBUTE.sub(lambda a: _fixed_attribute(a.group(1), a.group(2), is_img), tag.group(0))


def _fixed_attribute(name: str, value: str, is_img: bool) -> str:
    """Remote image sources moved aside; data: URLs kept only as a raster image's source."""
    url = _IGNORED_IN_URL.sub("", value)
    scheme = url[:6].lower()
    if scheme.startswith("data:"):
        keep = is_img and name == "src" and _RASTER_DATA_URL.match(url.lower())
        return f' {name}="{url}"' if keep else ""
    if is_img and name == "src" and scheme.startswith(("http:", "https:")):
        return f' data-remote-src="{url}"'
    return f' {name}="{value}"'


def remote_images(html: str) -> list[str]:
    """The remote image URLs :func:`sanitize_html` blocked, in document order."""
    return [
        htmllib.unescape(value)
        for tag in _IMG_TAG.findall(html)
        for name, value in _ATTRIBUTE.findall(tag)
        if name == "data-remote-src"
    ]


def with_remote_images(html: str) -> str:
    """Sanitised HTML with its remote images loading again (the agent clicked "show images")."""
    return _IMG_TAG.sub(lambda tag: _ATTRIBUTE.sub(_restore_src, tag.group(0)), html)


def _restore_src(attribute: re.Match[str]) -> str:
    name, value = attribute.groups()
    return f' src="{value}"' if name == "data-remote-src" else attribute.group(0)


_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl"}
_LINE = {
    "br", "div", "tr", "hr", "dt", "dd", "section", "article", "header", "footer", "address",
    "center", "form", "caption", "figure", "figcaption", "main", "nav", "aside", "details", "summary",
}  # fmt: skip
_CELL = {"td", "th"}
_TEXT_CLEANER = nh3.Cleaner(
    tags=_PARAGRAPH | _LINE | _CELL | {"li"},
    clean_content_tags=_DROP_WITH_CONTENT,
    attributes={},
    link_rel=None,
)
#: Marks for the breaks tags make; a run of them (and the spaces between) is one break, the
#: biggest in it: "</div><div>" is one new line, "</p><div>" one blank line.
_LINE_BREAK, _PARAGRAPH_BREAK = "\x1e", "\x1d"
#: Applied in order to nh3's output: one C-level pass each, no Python call per tag.
_TAG_REPLACEMENTS = (
    (re.compile(rf"</?(?:{'|'.join(sorted(_PARAGRAPH))})\b[^>]*>"), _PARAGRAPH_BREAK),
    (re.compile(rf"</?(?:{'|'.join(sorted(_LINE))})\b[^>]*>"), _LINE_BREAK),
    (re.compile(r"<li\b[^>]*>"), _LINE_BREAK + "- "),
    (re.compile(r"</?t[dh]\b[^>]*>"), " "),
    (re.compile(r"<[^>]*>"), ""),
)
_BREAKS = re.compile(r"[\x1d\x1e][\x1d\x1e\s]*")


def html_to_text(html: str) -> str:
    """Readable plain text of any ``html``: blocks on their own lines, list items as "- ",
    entities decoded, scripts and styles dropped, runs of spaces and of blank lines collapsed."""
    return sanitized_to_text(_TEXT_CLEANER.clean(html))


def sanitized_to_text(html: str) -> str:
    """:func:`html_to_text` of HTML that is already nh3's output (:func:`sanitize_html`'s)."""
    text = html.replace("\n", " ").replace(_LINE_BREAK, "").replace(_PARAGRAPH_BREAK, "")
    for pattern, replacement in _TAG_REPLACEMENTS:
        text = pattern.sub(replacement, text)
    text = htmllib.unescape(_BREAKS.sub(_break, text))
    lines: list[str] = []
    for line in text.split("\n"):
        line = " ".join(line.split())
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip()


def _break(match: re.Match[str]) -> str:
    return "\n\n" if _PARAGRAPH_BREAK in match.group(0) else "\n"
