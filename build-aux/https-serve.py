#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Serves a folder as static files over HTTPS on 127.0.0.1, as a web server
# would serve Rapport's Flatpak repository (build-aux/release-check):
#
#   build-aux/https-serve.py FOLDER CERT KEY PORT-FILE
#
# It listens on a free port, writes the port to PORT-FILE once it accepts
# connections, logs each request on stderr, and serves until killed.

import functools
import http.server
import os
import ssl
import sys


def main():
    folder, cert, key, port_file = sys.argv[1:]
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    with open(port_file + ".tmp", "w") as f:
        f.write(f"{server.server_address[1]}\n")
    # Renamed into place, so a reader never sees half a number.
    os.replace(port_file + ".tmp", port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
