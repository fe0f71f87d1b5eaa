"""`agent-console import` on .eml files, an mbox and a Maildir: filed once, hostile parts recorded."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agent_console.cli import main
from agent_console.core.db import Database
from agent_console.core.models import Attachment, Customer, Event, Identity, Interaction


def mail(
    n: int, sender: str = "nino@example.ge", *, reply_to: int | None = None, body: str | None = None
) -> bytes:
    message = EmailMessage()
    message["From"] = f"ნინო ბერიძე <{sender}>" if sender else "support@shop.example"
    message["To"] = "support@shop.example"
    message["Subject"] = f"შეკვეთა {4400 + n}"
    message["Date"] = f"Mon, {10 + n} Nov 2025 09:00:00 +0400"
    message["Message-ID"] = f"<m{n}@example.ge>"
    if reply_to is not None:
        message["In-Reply-To"] = f"<m{reply_to}@example.ge>"
    message.set_content(body or f"წერილი {n}\nFrom the start of a line\n")
    return bytes(message)


def ours(n: int, to: str, reply_to: int) -> bytes:
    message = EmailMessage()
    message["From"] = "Shop Support <support@shop.example>"
    message["To"] = to
    message["Subject"] = "Re: შეკვეთა"
    message["Date"] = f"Mon, {10 + n} Nov 2025 10:00:00 +0400"
    message["Message-ID"] = f"<r{n}@shop.example>"
    message["In-Reply-To"] = f"<m{reply_to}@example.ge>"
    message.set_content("გმადლობთ, ვამოწმებთ.")
    return bytes(message)


def mbox(path: Path, messages: list[bytes]) -> Path:
    with path.open("wb") as out:
        for raw in messages:
            out.write(b"From MAILER-DAEMON Mon Nov 10 09:00:00 2025\n")
            quoted = raw.replace(b"\nFrom ", b"\n>From ")
            out.write(quoted + (b"" if quoted.endswith(b"\n") else b"\n") + b"\n")
    return path


@pytest.fixture
def sources(tmp_path: Path) -> list[Path]:
    eml = tmp_path / "single.eml"
    eml.write_bytes(mail(0, "eleni@example.gr"))
    hostile = b"From: \r\nTo: support@shop.example\r\nSubject: no sender\r\n\r\nbody\r\n"  # no usable sender
    box = mbox(
        tmp_path / "support.mbox",
        [mail(1), ours(2, "nino@example.ge", 1), mail(3, reply_to=1), hostile, mail(4, "bold@example.mn")],
    )
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "cur" / "1700000000.1.host:2,S").write_bytes(mail(5, "aziz@example.uz"))
    (maildir / "new" / "1700000001.2.host").write_bytes(
        mail(6, "aziz@example.uz", body="x" * 10)
        .replace(b'charset="utf-8"', b'charset="x-no-such"')
        .replace(b"x" * 10, b"caf\xe9 \xff\xfe")  # bytes no charset we try can read
    )
    return [eml, box, maildir]


def run(database: Database, *args: str, capsys) -> tuple[int, str]:
    code = main(["import", *args, "--own-address", "support@shop.example", "--db", str(database.engine.url)])
    return code, capsys.readouterr().out


def test_import_files_threads_and_reports(sqlite_database: Database, sources: list[Path], capsys) -> None:
    database = sqlite_database
    code, out = run(database, *map(str, sources), capsys=capsys)
    assert code == 0
    first_line = out.splitlines()[0]
    assert first_line.startswith("imported 7, skipped 0 (already there), failed 1;")
    assert "support.mbox message 4:" in out
    with database.session() as s:
        nino = s.scalars(
            select(Customer)
            .join(Identity, Identity.customer_id == Customer.id)
            .where(Identity.value == "nino@example.ge")
        ).one()
        rows = s.execute(
            select(Event.external_id, Event.direction, Event.interaction_id, Event.body_text)
            .where(Event.customer_id == nino.id)
            .order_by(Event.occurred_at)
        ).all()
        assert [(r[0], r[1]) for r in rows] == [
            ("m1@example.ge", "in"),
            ("r2@shop.example", "out"),
            ("m3@example.ge", "in"),
        ]
        assert len({r[2] for r in rows}) == 1  # one conversation: the reply and the answer threaded
        assert "From the start of a line" in rows[0][3]  # mboxrd quoting undone
        assert s.scalar(select(func.count()).select_from(Customer)) == 4
        assert {i.status for i in s.scalars(select(Interaction))} == {"closed"}  # old history
        odd = s.scalars(select(Event).where(Event.external_id == "m6@example.ge")).one()
        assert any("x-no-such" in p for p in odd.meta["problems"])
    again_code, again = run(database, *map(str, sources), capsys=capsys)
    assert again_code == 0
    assert again.splitlines()[0].startswith("imported 0, skipped 7 (already there), failed 1;")


def test_a_path_that_is_not_mail_is_refused_with_a_message(
    sqlite_database: Database, tmp_path: Path, capsys
) -> None:
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    code = main(["import", str(picture), "--db", str(sqlite_database.engine.url)])
    assert code == 2
    assert "photo.png is not an e-mail" in capsys.readouterr().err


def test_attachments_are_imported(sqlite_database: Database, tmp_path: Path, capsys) -> None:
    message = EmailMessage()
    message["From"] = "nino@example.ge"
    message["To"] = "support@shop.example"
    message["Subject"] = "photo"
    message["Message-ID"] = "<att@example.ge>"
    message["Date"] = "Mon, 10 Nov 2025 09:00:00 +0400"
    message.set_content("see attached")
    message.add_attachment(b"\x89PNG fake", maintype="image", subtype="png", filename="ფოტო.png")
    path = tmp_path / "att.eml"
    path.write_bytes(bytes(message))
    assert run(sqlite_database, str(path), capsys=capsys)[0] == 0
    with sqlite_database.session() as s:
        attachment = s.scalars(select(Attachment)).one()
        assert (attachment.filename, attachment.mime_type, attachment.size_bytes) == (
            "ფოტო.png",
            "image/png",
            9,
        )


@pytest.mark.parametrize("block", [3, 17, 8 * 2**20])
def test_mbox_splitting_is_the_same_whatever_the_block_size(block: int, monkeypatch) -> None:
    import io

    from agent_console.channels import importer

    monkeypatch.setattr(importer, "MBOX_BLOCK", block)
    data = b"junk before\nFrom a@b Mon\nX: 1\n\nline\n>From quoted\n>>From twice\nFrom b\nY: 2\n\nno newline"
    assert list(importer.split_mbox(io.BytesIO(data))) == [
        (b"X: 1\n\nline\nFrom quoted\n>From twice\n", 62),
        (b"Y: 2\n\nno newline", 85),
    ]


def test_a_message_over_the_size_limit_is_cut_off_for_the_caller_to_skip(monkeypatch) -> None:
    import io

    from agent_console.channels import importer

    monkeypatch.setattr(importer, "MAX_MESSAGE_BYTES", 100)
    monkeypatch.setattr(importer, "MBOX_BLOCK", 64)
    data = b"From a\n" + b"x" * 1000 + b"\nFrom b\nsmall\n"
    (big, _), (small, _) = importer.split_mbox(io.BytesIO(data))
    assert len(big) == 101 and small == b"small\n"


def test_a_big_import_parses_in_a_worker_process_with_the_same_result(
    sqlite_database: Database, tmp_path: Path, monkeypatch, capsys
) -> None:
    from agent_console.channels import importer

    messages = [mail(n, f"c{n % 3}@example.ge", reply_to=n - 3 if n >= 3 else None) for n in range(12)]
    path = mbox(tmp_path / "big.mbox", [*messages, b"Subject: nobody sent this\n\nbody\n"])
    monkeypatch.setattr(importer, "PARALLEL_FROM_BYTES", 0)  # "big" from the first byte
    monkeypatch.setattr(importer, "CHUNK", 4)  # several chunks in flight
    started: list[bool] = []
    real = importer._Parser.__init__

    def spy(self, parallel: bool) -> None:
        real(self, parallel)
        started.append(self.pool is not None)

    monkeypatch.setattr(importer._Parser, "__init__", spy)
    report = importer.run_import(sqlite_database, [path])
    assert started == [True]
    assert (report.summary.imported, len(report.failed)) == (12, 1)
    assert report.failed[0].source.endswith("big.mbox message 13")
    with sqlite_database.session() as s:
        threads = s.scalar(select(func.count(func.distinct(Event.interaction_id))))
    assert threads == 3  # each sender's replies threaded, across chunks parsed apart
