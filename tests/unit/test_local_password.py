"""The local server's generated password is always a single command-line argument for
neo4j-admin: a leading "-" would be read as an option and the first start would fail."""

from __future__ import annotations

import string

from graph.local_server import new_password


def test_generated_passwords_are_hex_and_never_look_like_an_option() -> None:
    passwords = {new_password() for _ in range(2000)}
    assert len(passwords) == 2000
    for password in passwords:
        assert len(password) == 48
        assert set(password) <= set(string.hexdigits.lower())
        assert not password.startswith("-")
