"""What decides whether `highlights publish` may use the warm host, without Prefect or a host."""

from __future__ import annotations

import socket
from pathlib import Path

from flows import warm_proto


def test_only_run_shaping_settings_change_the_fingerprint() -> None:
    base = {"PATH": "/usr/bin", "PREFECT_HOME": "/tmp/p", "TERM": "xterm"}
    same = warm_proto.fingerprint(base)
    assert warm_proto.fingerprint({**base, "TERM": "dumb", "PWD": "/x"}) == same
    assert warm_proto.fingerprint({**base, "HIGHLIGHTS_WARM_HOST": "1"}) == same
    assert warm_proto.fingerprint({**base, "PREFECT_LOGGING_LEVEL": "WARNING"}) == same  # default
    assert warm_proto.fingerprint({**base, "HIGHLIGHTS_WORKERS": "2"}) != same
    assert warm_proto.fingerprint({**base, "PREFECT_HOME": "/tmp/q"}) != same
    assert warm_proto.fingerprint({**base, "SOURCE_DATE_EPOCH": "1"}) != same


def test_a_configured_server_is_found_without_prefect(tmp_path: Path) -> None:
    env = {"PREFECT_HOME": str(tmp_path / "home")}
    assert not warm_proto.other_server_maybe(env, tmp_path)  # no profile file: none named
    assert warm_proto.other_server_maybe({**env, "PREFECT_API_URL": "http://x/api"}, tmp_path)
    (tmp_path / "home").mkdir()
    profiles = tmp_path / "home" / "profiles.toml"
    profiles.write_text('active = "local"\n[profiles.local]\nPREFECT_LOGGING_LEVEL = "INFO"\n')
    assert not warm_proto.other_server_maybe(env, tmp_path)
    profiles.write_text('active = "remote"\n[profiles.remote]\nPREFECT_API_URL = "http://x"\n')
    assert warm_proto.other_server_maybe(env, tmp_path)
    assert not warm_proto.other_server_maybe({**env, "PREFECT_PROFILE": "other"}, tmp_path)
    profiles.write_text("not toml [")
    assert warm_proto.other_server_maybe(env, tmp_path)  # unsure: the cold path asks Prefect
    profiles.unlink()
    (tmp_path / ".env").write_text("DATABASE=x\n")  # a project's own settings: not Prefect's
    assert not warm_proto.other_server_maybe(env, tmp_path)
    (tmp_path / ".env").write_text("PREFECT_API_URL=http://x/api\n")
    assert warm_proto.other_server_maybe(env, tmp_path)


def test_the_switch() -> None:
    assert warm_proto.enabled({})
    assert not warm_proto.enabled({"HIGHLIGHTS_WARM_HOST": "0"})
    assert warm_proto.enabled({"HIGHLIGHTS_WARM_HOST": "1"})


def test_a_socket_in_a_folder_too_deep_for_its_path(tmp_path: Path) -> None:
    """Unix socket paths stop at 108 bytes; a deep PREFECT_HOME still gets its host."""
    folder = tmp_path / ("deep-" * 20)
    folder.mkdir()
    with socket.socket(socket.AF_UNIX) as server, socket.socket(socket.AF_UNIX) as client:
        with warm_proto.address(folder) as where:
            assert where.startswith("/proc/self/fd/")
            server.bind(where)
        server.listen(1)
        with warm_proto.address(folder) as where:
            client.connect(where)
        conn, _ = server.accept()
        with conn:
            warm_proto.send(client, {"paths": ["a\nb.txt"]})
            assert warm_proto.read_one(conn) == {"paths": ["a\nb.txt"]}
    assert (folder / warm_proto.SOCKET).exists()
