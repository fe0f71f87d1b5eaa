"""One message in full: its formatting, its attachments, and what could not be read.

The HTML was sanitised when it was filed (no scripts, no forms, no event handlers); here it is
shown in a QTextBrowser, which runs no scripts anyway.  Nothing leaves the machine unless the
agent asks: remote images stay blank until "Show images" (then they are fetched on the task
runner, size-capped), a link opens in the browser only after the agent saw its address and
said yes, and an attachment is written out of the database and opened only on "Open". Inline
images (``cid:``) are part of the message and show with it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agent_console.core import attachments
from agent_console.core import timeline as core_timeline
from agent_console.ui.common import format_agent_time
from agent_console.ui.tasks import TaskError, TaskRunner

MAX_IMAGE_BYTES = 5 * 2**20


class SafeBrowser(QTextBrowser):
    """Shows only what is in the document; never fetches anything by itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        #: Images the agent asked to see, already fetched: URL -> image.
        self.allowed: dict[str, QImage] = {}

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return self.allowed.get(url.toString() if isinstance(url, QUrl) else url)
        return None


class MessageDialog(QDialog):
    def __init__(self, tasks: TaskRunner, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.event_id = event_id
        self.detail: core_timeline.MessageDetail | None = None
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a04000;")
        self.problems.hide()
        self.browser = SafeBrowser(self)
        self.browser.anchorClicked.connect(self._link_clicked)
        self.images_button = QPushButton(self)
        self.images_button.clicked.connect(self.show_images)
        self.images_button.hide()
        self.text_button = QPushButton(self)
        self.text_button.setCheckable(True)
        self.text_button.toggled.connect(lambda _on: self._render())
        self.files = QListWidget(self)
        self.files.setMaximumHeight(110)
        self.files.itemActivated.connect(lambda _item: self.open_attachment())
        self.files.hide()
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_attachment)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_attachment)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box.rejected.connect(self.reject)
        tools = QHBoxLayout()
        tools.addWidget(self.images_button)
        tools.addWidget(self.text_button)
        tools.addStretch(1)
        files = QHBoxLayout()
        files.addWidget(self.files, 1)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.open_button)
        file_buttons.addWidget(self.save_button)
        file_buttons.addStretch(1)
        files.addLayout(file_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.problems)
        layout.addLayout(tools)
        layout.addWidget(self.browser, 1)
        layout.addLayout(files)
        layout.addWidget(self.close_box)
        self.resize(820, 640)
        self.retranslate()
        tasks.db(lambda s: core_timeline.message_detail(s, event_id), self._loaded, owner=self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Message"))
        self.images_button.setText(self.tr("Show &images from the internet"))
        self.images_button.setToolTip(
            self.tr("Remote images can tell the sender that and when you read the message.")
        )
        self.text_button.setText(self.tr("Plain &text"))
        self.open_button.setText(self.tr("&Open"))
        self.save_button.setText(self.tr("&Save as…"))
        self.files.setAccessibleName(self.tr("Attachments"))
        self.browser.setAccessibleName(self.tr("Message text"))
        self._show_header()

    def _loaded(self, detail: core_timeline.MessageDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.header.setText(self.tr("This message no longer exists."))
            return
        self._show_header()
        if detail.problems:
            self.problems.setText(
                self.tr("Parts of this message could not be read:") + "\n• " + "\n• ".join(detail.problems)
            )
            self.problems.show()
        self.text_button.setVisible(bool(detail.body_html))
        for url, data in detail.inline_images.items():
            image = QImage.fromData(data)
            if not image.isNull():
                self.browser.allowed[url] = image
        self.files.clear()
        for attachment in detail.attachments:
            item = QListWidgetItem(
                f"{attachment.filename}  ({_size(attachment.size_bytes)}, {attachment.mime_type})"
            )
            item.setData(Qt.ItemDataRole.UserRole, attachment)
            self.files.addItem(item)
        self.files.setVisible(bool(detail.attachments))
        self.open_button.setVisible(bool(detail.attachments))
        self.save_button.setVisible(bool(detail.attachments))
        if detail.attachments:
            self.files.setCurrentRow(0)
        self._render()

    def _show_header(self) -> None:
        detail = self.detail
        if detail is None:
            return
        lines = [f"<b>{_escape(detail.author_name)}</b> · {format_agent_time(detail.occurred_at)}"]
        if detail.subject:
            lines.append(_escape(detail.subject))
        self.header.setText("<br>".join(lines))

    def _render(self, allow_images: bool = False) -> None:
        from agent_console.channels.sanitize import remote_images, with_remote_images

        detail = self.detail
        if detail is None:
            return
        if detail.body_html and not self.text_button.isChecked():
            html = with_remote_images(detail.body_html) if allow_images else detail.body_html
            self.browser.setHtml(html)
            self.images_button.setVisible(bool(remote_images(detail.body_html)) and not allow_images)
        else:
            self.browser.setPlainText(detail.body_text)
            self.images_button.hide()

    # --- what needs the agent's word ----------------------------------------------------

    def show_images(self) -> None:
        from agent_console.channels.sanitize import remote_images

        if self.detail is None or not self.detail.body_html:
            return
        urls = remote_images(self.detail.body_html)
        self.images_button.setEnabled(False)
        self.tasks.run(lambda: _fetch_images(urls), self._images_arrived, self._images_failed, owner=self)

    def _images_arrived(self, images: dict[str, bytes]) -> None:
        for url, data in images.items():
            image = QImage.fromData(data)
            if not image.isNull():
                self.browser.allowed[url] = image
        self._render(allow_images=True)

    def _images_failed(self, error: TaskError) -> None:
        self.images_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Images"), str(error))

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() not in ("http", "https", "mailto"):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Open link"),
            self.tr("Open this address in your browser?\n\n%1").replace("%1", url.toString()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)

    def _selected(self) -> core_timeline.AttachmentInfo | None:
        item = self.files.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def open_attachment(self) -> None:
        attachment = self._selected()
        if attachment is None:
            return
        target = Path(tempfile.mkdtemp(prefix="agent-console-")) / _safe_name(attachment.filename)
        self._write(attachment, target, lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))))

    def save_attachment(self) -> None:
        attachment = self._selected()
        if attachment is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save attachment"), _safe_name(attachment.filename)
        )
        if target:
            self._write(attachment, Path(target), lambda: None)

    def _write(self, attachment: core_timeline.AttachmentInfo, target: Path, then: Any) -> None:
        """Read and write on the task runner (attachments run to 25 MB), then ``then()`` here."""

        def done(found: bool) -> None:
            if found:
                then()
            else:
                QMessageBox.warning(
                    self,
                    self.tr("Attachment"),
                    self.tr("The database does not hold this attachment's content."),
                )

        self.tasks.db(
            lambda s: _write_content(s, attachment.id, target),
            done,
            lambda error: QMessageBox.warning(self, self.tr("Attachment"), str(error)),
            owner=self,
        )


def _fetch_images(urls: list[str]) -> dict[str, bytes]:
    from agent_console.core.http import http_session

    found: dict[str, bytes] = {}
    with http_session(retries=1, purpose="images the agent asked to see") as session:
        for url in urls[:50]:
            try:
                with session.get(url, timeout=(5, 10), stream=True) as response:
                    if response.status_code != 200:
                        continue
                    data = bytearray()
                    for chunk in response.iter_content(64 * 1024):
                        data += chunk
                        if len(data) > MAX_IMAGE_BYTES:
                            break
                    else:
                        found[url] = bytes(data)
            except Exception:  # one unreachable image must not hide the others
                continue
    return found


def _write_content(session: Any, attachment_id: int, target: Path) -> bool:
    data = attachments.content(session, attachment_id)
    if data is None:
        return False
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    partial.replace(target)  # a file the agent opens is never half written
    return True


def _safe_name(name: str) -> str:
    cleaned = "".join(c for c in Path(name).name if c.isprintable() and c not in '<>:"/\\\\|?*')
    return cleaned.strip(". ") or "attachment.bin"


def _size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return ""


def _escape(text: str) -> str:
    import html

    return html.escape(text)
