"""One till per data folder: a double click on a running till must not start a second one.

The real `pos-app` runs as a subprocess (offscreen, with the training sandbox) the way a
cashier starts it; the sandbox child is found by its command line, which names the folder.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from pos_app.single_instance import ALREADY_OPEN_EXIT, lock_data_folder
from pos_app.storage.paths import AppPaths

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="finds the sandbox child through /proc (Linux)"
)

POS_APP = Path(sys.executable).with_name("pos-app")
#: Logged once the training server of a --sandbox till has answered (after the window).
READY = "training sandbox at"


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return {**env, "POS_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}


def _running(pid: int) -> bool:
    """True while the process exists and is not a zombie waiting to be reaped."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


def _sandboxes_of(data_dir: Path) -> list[int]:
    """Running sandbox servers whose data folder lies in `data_dir`."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            args = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"sandbox-server" in args and any(str(data_dir).encode() in arg for arg in args):
            found.append(int(proc.name))
    return [pid for pid in found if _running(pid)]


def _lines(stream: IO[str], into: queue.Queue[str | None]) -> None:
    for line in stream:
        into.put(line)
    into.put(None)


@pytest.fixture
def first_till(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path, list[str]]]:
    """A till started with `pos-app --sandbox`, returned once its window is up."""
    data_dir = tmp_path / "till"
    till = subprocess.Popen(
        [str(POS_APP), "--sandbox"],
        env=_env(data_dir),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert till.stderr is not None
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_lines, args=(till.stderr, lines), daemon=True).start()
    seen: list[str] = []
    try:
        while not any(READY in line for line in seen):
            line = lines.get(timeout=60)
            assert line is not None, f"the till exited ({till.wait()}):\n{''.join(seen)}"
            seen.append(line)
        yield till, data_dir, seen
    finally:
        if till.poll() is None:
            till.kill()
            till.wait(10)


def test_a_second_start_on_the_same_folder_says_so_and_leaves_the_first_alone(
    first_till: tuple[subprocess.Popen[str], Path, list[str]],
) -> None:
    till, data_dir, _ = first_till
    [sandbox] = _sandboxes_of(data_dir)
    assert (data_dir / "logs" / "crash-trace.log").is_file()

    second = subprocess.run(
        [str(POS_APP), "--sandbox"],
        env=_env(data_dir),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert second.returncode == ALREADY_OPEN_EXIT, second.stderr
    assert "The till is already open on this computer" in second.stderr
    assert str(data_dir / "data") in second.stderr
    assert till.poll() is None, "the first till stopped"
    assert _sandboxes_of(data_dir) == [sandbox], "the second start touched the sandbox"

    till.send_signal(signal.SIGTERM)
    assert till.wait(30) == 0
    assert not _running(sandbox), "the sandbox server outlived the till"
    assert _sandboxes_of(data_dir) == []
    assert not (data_dir / "data" / "pos-app.lock").exists()


def _lock_holder(data_dir: Path) -> subprocess.Popen[str]:
    """Another process holding the data folder's lock (as a till does) until it is told to
    stop or killed."""
    code = (
        "import sys\n"
        "from pos_app.single_instance import lock_data_folder\n"
        "from pos_app.storage.paths import AppPaths\n"
        f"lock = lock_data_folder(AppPaths.under({str(data_dir)!r}))\n"
        "print(lock is not None and lock.held, flush=True)\n"
        "sys.stdin.read()\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
    return holder


def test_a_lock_left_by_a_killed_till_is_taken_over(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    holder = _lock_holder(tmp_path)
    try:
        assert lock_data_folder(paths) is None  # held by a live process
    finally:
        holder.kill()
        holder.wait(10)
    assert paths.lock_file.exists()  # a kill leaves the file behind

    lock = lock_data_folder(paths)

    assert lock is not None and lock.held
    assert paths.lock_file.read_text() == f"{os.getpid()}\n"  # who holds it, for support
    lock.release()
    assert not paths.lock_file.exists()  # a till that closes leaves none


def test_the_lock_is_refused_while_held_in_the_same_process_and_free_once_released(
    tmp_path: Path,
) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    first = lock_data_folder(paths)
    assert first is not None and first.held
    assert lock_data_folder(paths) is None
    first.release()
    first.release()  # twice is harmless (the launcher's and the interpreter's exits)

    again = lock_data_folder(paths)
    assert again is not None and again.held
    again.release()


def test_a_lock_file_removed_by_a_closing_till_is_not_the_one_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A start that opened the file just before the closing till removed it would lock a
    # file nobody else can find; it must lock the file the name gives instead.
    paths = AppPaths.under(tmp_path).ensure()
    removed = os.open(paths.lock_file, os.O_RDWR | os.O_CREAT)
    paths.lock_file.unlink()  # by "the closing till", after our open
    real_open = os.open
    opens: list[str] = []

    def first_open_finds_the_removed_file(path: str, flags: int, mode: int = 0o777) -> int:
        opens.append(str(path))
        return os.dup(removed) if len(opens) == 1 else real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", first_open_finds_the_removed_file)
    try:
        lock = lock_data_folder(paths)
    finally:
        monkeypatch.undo()
        os.close(removed)

    assert opens == [str(paths.lock_file)] * 2
    assert lock is not None and lock.held
    assert paths.lock_file.exists()  # the file the name gives is the one held
    assert lock_data_folder(paths) is None
    lock.release()


def test_a_file_system_without_locks_starts_the_till_without_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Some network shares refuse locks altogether: that must not read as "already open".
    import errno

    import pos_app.single_instance as single_instance

    def no_locks_here(fd: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(single_instance, "_try_lock", no_locks_here)
    lock = lock_data_folder(AppPaths.under(tmp_path).ensure())

    assert lock is not None and not lock.held
    assert "cannot lock" in capsys.readouterr().err
    lock.release()  # nothing to let go of
