#!/usr/bin/env python3
"""A plain static file server for the built site, behaving like common static hosts
(GitHub Pages, Netlify): files are served as they are, with no rewrite rules, and a missing
file gets the site's 404.html with status 404.

    python3 scripts/static_server.py PORT [DIR] [--mount /journeys/=target/dist-subpath]

Binds to 127.0.0.1 only. Used by `scripts/serve.sh`, by the Playwright tests, which also
mount the sub-path build under /journeys/, and by the benchmark.

Like those hosts, it never lists a folder (a folder with no index.html is a 404), never serves
a file outside its root (`..`, `%2e%2e`, symbolic links), and answers a path holding an
encoded NUL (`%00`) with the 404 page rather than dropping the connection.

Also like them, it compresses text and wasm: a response of a compressible type (html, css, js,
json, svg, wasm, csv, xml, txt, webmanifest) is sent with `Content-Encoding: gzip` when the
request's Accept-Encoding allows gzip, and always with `Vary: Accept-Encoding`, so bytes measured
in a browser are the bytes a reader downloads. Compressed bytes are kept per file until its
modification time or size changes. A request with a single `Range` gets that range of the file
as it is stored (206, identity encoding); a range that cannot be met gets 416; several ranges,
or a stale `If-Range`, get the whole file. HEAD sends the headers GET would send.
"""
import datetime
import email.utils
import functools
import gzip
import http.server
import io
import os
import sys
import threading
import urllib.parse
from http import HTTPStatus

# Types static hosts compress. Images, fonts in woff2 and archives are compressed already.
COMPRESSIBLE = {
    ".html", ".htm", ".css", ".js", ".mjs", ".json", ".svg", ".wasm", ".csv", ".xml", ".txt",
    ".webmanifest",
}
# Level 9, as the benchmark's own gzip figures use; the bytes are cached, so it costs once.
GZIP_LEVEL = 9


def accepts_gzip(header):
    """Whether an Accept-Encoding value allows gzip: named (or `*`) with a quality above 0."""
    if not header:
        return False
    named = {}
    for part in header.split(","):
        coding, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        named[coding.strip().lower()] = quality
    if "gzip" in named:
        return named["gzip"] > 0
    if "x-gzip" in named:
        return named["x-gzip"] > 0
    return named.get("*", 0) > 0


def single_range(header, size):
    """The (first, last) byte positions of a `bytes=` Range header naming one range, "unsatisfiable"
    when it names none of the file, or None when the header is to be ignored (absent, malformed,
    several ranges)."""
    if not header or not header.strip().lower().startswith("bytes="):
        return None
    spec = header.strip()[len("bytes="):].strip()
    if "," in spec or "-" not in spec:
        return None
    start, _, end = spec.partition("-")
    start, end = start.strip(), end.strip()
    try:
        if not start:  # the last `end` bytes
            if not end.isdigit():
                return None
            n = int(end)
            if n == 0 or size == 0:
                return "unsatisfiable"
            return max(0, size - n), size - 1
        if not start.isdigit() or (end and not end.isdigit()):
            return None
        first = int(start)
        last = int(end) if end else first
    except ValueError:
        return None
    if last < first:  # malformed: ignored
        return None
    if first >= size:
        return "unsatisfiable"
    return first, (min(last, size - 1) if end else size - 1)


class GzipCache:
    """Compressed bytes of files, kept until the file's modification time or size changes."""

    def __init__(self):
        self._lock = threading.Lock()
        self._entries = {}

    def get(self, path, stat):
        key = os.path.realpath(path)
        stamp = (stat.st_mtime_ns, stat.st_size)
        with self._lock:
            entry = self._entries.get(key)
        if entry and entry[0] == stamp:
            return entry[1]
        with open(path, "rb") as f:
            data = gzip.compress(f.read(), compresslevel=GZIP_LEVEL, mtime=0)
        with self._lock:
            self._entries[key] = (stamp, data)
        return data


class Handler(http.server.SimpleHTTPRequestHandler):
    mounts = {}
    gzip_cache = GzipCache()

    def translate_path(self, path):
        for prefix, directory in self.mounts.items():
            if path.startswith(prefix):
                return self._translate_in(directory, path[len(prefix) - 1:])
        return super().translate_path(path)

    def _translate_in(self, directory, path):
        saved = self.directory
        self.directory = directory
        try:
            return super().translate_path(path)
        finally:
            self.directory = saved

    def send_head(self):
        # Refuse, with the 404 page, any path that would leave the root or cannot name a file.
        # translate_path already drops `..` segments; the realpath check also catches links.
        path = self.translate_path(self.path)
        root = os.path.realpath(self._root_for(self.path))
        try:
            outside = "\x00" in path or os.path.commonpath([root, os.path.realpath(path)]) != root
        except ValueError:
            outside = True
        if outside:
            self.send_error(404)
            return None
        if os.path.isdir(path):
            parts = urllib.parse.urlsplit(self.path)
            if not parts.path.endswith("/"):
                # Like Apache and the standard library: a folder's address ends with `/`.
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", urllib.parse.urlunsplit(parts._replace(path=parts.path + "/")))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            # Static hosts do not list folders: a folder without index.html is not found.
            path = os.path.join(path, "index.html")
        if path.endswith("/") or not os.path.isfile(path):
            self.send_error(404)
            return None
        try:
            return self._send_file(HTTPStatus.OK, path)
        except OSError:  # unreadable: raised before any header is sent
            self.send_error(404)
            return None

    def _send_file(self, status, path):
        """Sends the status and headers for the file at `path`; returns its body as a file object
        (copied by do_GET, closed by do_HEAD), or None when there is no body to send."""
        stat = os.stat(path)
        ctype = self.guess_type(path)
        compressible = os.path.splitext(path)[1].lower() in COMPRESSIBLE
        last_modified = self.date_time_string(stat.st_mtime)
        if status == HTTPStatus.OK and self._not_modified(stat):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("Last-Modified", last_modified)
            if compressible:
                self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            return None

        wanted = None
        if status == HTTPStatus.OK:
            if_range = self.headers.get("If-Range")
            if if_range is None or if_range.strip() == last_modified:
                wanted = single_range(self.headers.get("Range"), stat.st_size)
        if wanted == "unsatisfiable":
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self.send_header("Content-Range", f"bytes */{stat.st_size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None

        encoded = None
        if compressible and wanted is None and accepts_gzip(self.headers.get("Accept-Encoding")):
            encoded = self.gzip_cache.get(path, stat)
            if len(encoded) >= stat.st_size:
                encoded = None  # no gain: send it as it is
        if wanted is not None:
            first, last = wanted
            with open(path, "rb") as f:
                f.seek(first)
                body = io.BytesIO(f.read(last - first + 1))
            self.send_response(HTTPStatus.PARTIAL_CONTENT)
            self.send_header("Content-Range", f"bytes {first}-{last}/{stat.st_size}")
            length = last - first + 1
        elif encoded is not None:
            body = io.BytesIO(encoded)
            self.send_response(status)
            self.send_header("Content-Encoding", "gzip")
            length = len(encoded)
        else:
            body = open(path, "rb")
            self.send_response(status)
            length = stat.st_size
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(length))
        self.send_header("Last-Modified", last_modified)
        if encoded is None:
            self.send_header("Accept-Ranges", "bytes")
        if compressible:
            self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return body

    def _not_modified(self, stat):
        """If-Modified-Since, as the standard library answers it (ignored beside If-None-Match)."""
        since = self.headers.get("If-Modified-Since")
        if since is None or "If-None-Match" in self.headers:
            return False
        try:
            when = email.utils.parsedate_to_datetime(since)
        except (TypeError, IndexError, OverflowError, ValueError):
            return False
        if when.tzinfo is None:
            when = when.replace(tzinfo=datetime.timezone.utc)
        return int(stat.st_mtime) <= when.timestamp()

    def _root_for(self, path):
        for prefix, directory in self.mounts.items():
            if path.startswith(prefix):
                return directory
        return self.directory

    def send_error(self, code, message=None, explain=None):
        if code == 404:
            page = os.path.join(self._root_for(self.path), "404.html")
            if os.path.isfile(page):
                body = self._send_file(HTTPStatus.NOT_FOUND, page)
                if body:
                    try:
                        if self.command != "HEAD":
                            self.copyfile(body, self.wfile)
                    finally:
                        body.close()
                return
        super().send_error(code, message, explain)

    def log_message(self, fmt, *args):
        if os.environ.get("STATIC_SERVER_QUIET") != "1":
            super().log_message(fmt, *args)


def main(argv):
    args = [a for a in argv if not a.startswith("--mount")]
    mounts = {}
    for i, a in enumerate(argv):
        if a == "--mount" and i + 1 < len(argv):
            prefix, directory = argv[i + 1].split("=", 1)
            mounts[prefix] = os.path.abspath(directory)
            args.remove(argv[i + 1])
    port = int(args[0]) if args else 8080
    root = os.path.abspath(args[1] if len(args) > 1 else "dist")
    Handler.mounts = mounts
    Handler.extensions_map = {
        **Handler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".webmanifest": "application/manifest+json",
    }
    handler = functools.partial(Handler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    print(f"serving {root} on http://127.0.0.1:{port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main(sys.argv[1:])
