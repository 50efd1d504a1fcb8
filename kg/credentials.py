"""Credentials for remote stores: taking them out of URLs, and keeping them out of output.

A server that fails may echo the request it got, headers and URL included, in its error
page; a traceback may quote an exception that holds a URL. Every piece of text that
``kg`` prints while credentials are in play goes through :func:`scrub`, which replaces
each form a credential can take on the wire or in a message:

- the password, and ``user:password``, as written;
- their base64 (the value of an HTTP Basic ``Authorization`` header, RFC 7617), with or
  without ``=`` padding, in the standard and the URL-safe alphabets, from UTF-8 and from
  Latin-1 bytes (requests encodes Basic credentials as Latin-1), also when broken over
  lines, and at each of the three alignments it can have inside a longer base64 text;
- their percent-encodings (RFC 3986 userinfo, and HTML form encoding with ``+``);
- their escapes in HTML, JSON and Python ``repr`` (an error page, a JSON body, a
  traceback of bytes), and their UTF-8 bytes misread as Latin-1;
- the value of any ``Authorization`` or ``Proxy-Authorization`` header line, whatever
  its scheme: a Digest ``response=`` hash (RFC 7616) is derived from the password.

Secrets are registered once per process (:func:`register`), so the CLI's last-resort
error handler scrubs with the same set as the code that made the request.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.parse

MASK = "***"

#: The secrets of this process, most specific forms first (see :func:`register`).
_forms: list[str] = []
_pattern: re.Pattern | None = None

#: Header lines that carry credentials, echoed by servers that show the request.
_AUTH_HEADER = re.compile(r"(?im)^([ \t]*(?:proxy-)?authorization[ \t]*[:=][ \t]*)(\S+)(?:[ \t]+[^\r\n]*)?")
#: The same header inside one line of text (a repr of a dict, JSON of headers).
_AUTH_INLINE = re.compile(r"""(?i)((?:proxy-)?authorization['"]?\s*[:=]\s*['"]?)(basic|digest|bearer)\s+[^'"\r\n,}]*""")


def split_userinfo(url: str) -> tuple[str, str | None, str | None]:
    """``url`` without its ``user:password@`` part, and the user and password it held
    (percent-decoded, RFC 3986 §3.2.1), or ``None`` for each that is absent.

    >>> split_userinfo("http://bob:s%40cret@example.org:8890/sparql")
    ('http://example.org:8890/sparql', 'bob', 's@cret')
    >>> split_userinfo("http://example.org/sparql")
    ('http://example.org/sparql', None, None)
    """
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return url, None, None
    userinfo, host = parts.netloc.rsplit("@", 1)
    user, sep, password = userinfo.partition(":")
    bare = urllib.parse.urlunsplit(parts._replace(netloc=host))
    return bare, urllib.parse.unquote(user), urllib.parse.unquote(password) if sep else None


def from_url(url: str, user: str | None, password: str | None) -> tuple[str, str | None, str | None]:
    """The endpoint URL without userinfo, and the user and password to send: those of
    a ``user:password@`` URL, or the ones given. Registers the password (:func:`register`).
    Credentials go in the Authorization header, never in the URL, so no message, log or
    proxy ever sees them in a URL.

    Raises :class:`kg.errors.KGError` when the URL holds credentials and others are
    given too (which to use would be a guess), or when the URL holds a user but no password.

    >>> from_url("http://dba:pw@h:8890/sparql", None, None)
    ('http://h:8890/sparql', 'dba', 'pw')
    """
    from kg.errors import KGError

    bare, url_user, url_password = split_userinfo(url)
    if url_user is not None:
        if user or password:
            raise KGError(f"{bare}: the URL holds credentials and --user/--password (or KG_ENDPOINT_USER/"
                          "KG_ENDPOINT_PASSWORD) give others; give them one way only")
        if url_password is None:
            raise KGError(f"{bare}: the URL names a user but no password; give user:password@ in the URL, "
                          "or --user and --password")
        user, password = url_user, url_password
    register(user, password)
    return bare, user, password


def register(user: str | None, password: str | None) -> None:
    """Add the forms of ``password`` (and of ``user:password``) to the secrets that
    :func:`scrub` removes from all output of this process. The user name alone is not
    secret and stays readable."""
    global _pattern
    if not password:
        return
    new = set(_text_forms(password))
    if user is not None:
        new |= _text_forms(f"{user}:{password}")
    for secret in (password, f"{user}:{password}" if user is not None else None):
        if secret:
            new |= _base64_forms(secret)
    _forms.extend(f for f in new if f and f not in _forms)
    _forms.sort(key=len, reverse=True)  # the longest first, so no form is cut in two
    _pattern = re.compile("|".join(_flexible(f) for f in _forms)) if _forms else None


def forget() -> None:
    """Drop every registered secret (for tests in one process)."""
    global _pattern
    _forms.clear()
    _pattern = None


def scrub(text: str, *extra: str | None) -> str:
    """``text`` with every registered secret (and each of ``extra``, as written) replaced
    by ``***``, and the value of every ``Authorization`` header masked.

    >>> forget(); register("dba", "hunter2")
    >>> scrub("Authorization: Basic ZGJhOmh1bnRlcjI=\\nuser=dba&pw=hunter2")
    'Authorization: ***\\nuser=dba&pw=***'
    >>> scrub("echo: ZGJhOmh1\\n bnRlcjI")  # base64 broken over lines
    'echo: ***'
    >>> forget()
    """
    if not text:
        return text
    for s in extra:
        if s:
            text = text.replace(s, MASK)
    if _pattern is not None:
        text = _pattern.sub(MASK, text)
    text = _AUTH_HEADER.sub(lambda m: m.group(1) + MASK, text)
    return _AUTH_INLINE.sub(lambda m: m.group(1) + MASK, text)


def _text_forms(secret: str) -> set[str]:
    # A server that reads UTF-8 bytes as Latin-1 (the default for HTTP headers) echoes
    # "PÃ¤ss" for "Päss": that reading is a form too.
    misread = secret.encode("utf-8").decode("latin-1")
    return _escaped_forms(secret) | _escaped_forms(misread)


def _escaped_forms(secret: str) -> set[str]:
    import html  # here: a command with no credentials never needs it (start-up of 'kg query')

    forms = {secret, urllib.parse.quote(secret, safe=""), urllib.parse.quote_plus(secret),
             urllib.parse.quote(secret, safe=":"), html.escape(secret), html.escape(secret, quote=False),
             json.dumps(secret)[1:-1], repr(secret)[1:-1], repr(secret.encode("utf-8"))[2:-1]}
    return {f for f in forms if f}


def _base64_forms(secret: str) -> set[str]:
    forms: set[str] = set()
    for encoding in ("utf-8", "latin-1"):
        try:
            raw = secret.encode(encoding)
        except UnicodeEncodeError:
            continue
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            whole = encode(raw).decode("ascii")
            forms |= {whole, whole.rstrip("=")}
            # The same bytes inside a longer text encode differently at each offset mod 3:
            # keep the characters that depend on the secret's bits alone.
            for shift in (1, 2):
                shifted = encode(b"\0" * shift + raw).decode("ascii").rstrip("=")
                first = -(-8 * shift // 6)  # the first character with no bit of the prefix
                last = (8 * (shift + len(raw))) // 6  # characters wholly inside the secret
                inner = shifted[first:last]
                if len(inner) >= 6:  # shorter fragments would mask ordinary words
                    forms.add(inner)
    return forms


def _flexible(form: str) -> str:
    """A pattern for ``form`` that also matches base64 broken by line breaks and indents
    (MIME wraps it at 76 characters, RFC 2045 §6.8), written, escaped as ``\\n``, or
    turned into spaces by a message that joins lines."""
    if re.fullmatch(r"[A-Za-z0-9+/_=-]{8,}", form):
        # A line break and indent (or the spaces a message made of them), or the
        # escape of a line break in a repr or JSON string.
        return r"(?:\s{1,8}|(?:\\r)?\\n[ \t]*)?".join(re.escape(c) for c in form)
    return re.escape(form)


class ScrubbedStream:
    """A text stream that passes everything written to it through :func:`scrub`: put in
    place of ``sys.stdout``/``sys.stderr``, it covers output no message-level scrubbing
    reaches (warnings, tracebacks, a library's own prints). Other attributes are the
    wrapped stream's."""

    def __init__(self, stream):
        self._stream = stream

    @staticmethod
    def clean(text: str) -> str:
        """``text`` as :meth:`write` writes it (for bytes written around the stream)."""
        # With no secret in play, output passes untouched (a quoted header in data stays).
        return scrub(text) if _pattern is not None else text

    def write(self, text: str) -> int:
        self._stream.write(self.clean(text))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name):
        return getattr(self._stream, name)
