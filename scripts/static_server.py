#!/usr/bin/env python3
"""A plain static file server for the built site, behaving like common static hosts
(GitHub Pages, Netlify): files are served as they are, with no rewrite rules, and a missing
file gets the site's 404.html with status 404.

    python3 scripts/static_server.py PORT [DIR] [--mount /journeys/=target/dist-subpath]

Binds to 127.0.0.1 only. Used by `scripts/serve.sh` and by the Playwright tests, which also
mount the sub-path build under /journeys/.

Like those hosts, it never lists a folder (a folder with no index.html is a 404), never serves
a file outside its root (`..`, `%2e%2e`, symbolic links), and answers a path holding an
encoded NUL (`%00`) with the 404 page rather than dropping the connection.
"""
import functools
import http.server
import os
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    mounts = {}

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
        if "\x00" in path or os.path.commonpath([root, os.path.realpath(path)]) != root:
            self.send_error(404)
            return None
        try:
            return super().send_head()
        except ValueError:
            self.send_error(404)
            return None

    def list_directory(self, path):
        # Static hosts do not list folders: a folder without index.html is not found.
        self.send_error(404)
        return None

    def _root_for(self, path):
        for prefix, directory in self.mounts.items():
            if path.startswith(prefix):
                return directory
        return self.directory

    def send_error(self, code, message=None, explain=None):
        if code == 404:
            page = os.path.join(self._root_for(self.path), "404.html")
            if os.path.isfile(page):
                with open(page, "rb") as f:
                    body = f.read()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)
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
    Handler.extensions_map = {**Handler.extensions_map, ".wasm": "application/wasm", ".js": "text/javascript"}
    handler = functools.partial(Handler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    print(f"serving {root} on http://127.0.0.1:{port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main(sys.argv[1:])
