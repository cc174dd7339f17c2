#pragma once
/** @short The detail pane: one message's decoded headers, verdict, plain-text body and attachments.
 *
 * Shows values it is given; it never reads the store or a file. Everything is shown as plain
 * text (QLabel in Qt::PlainText, a read-only QPlainTextEdit): a hostile header or body can
 * neither render markup nor make the pane load anything remote. */
#include "mime/MessageText.h"
#include "store/Types.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;

namespace mailtide::ui {

class MessageDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit MessageDetailView(QWidget *parent = nullptr);

    void showMessage(const store::MessageDetail &detail, const mime::MessageText &text);
    /** Back to "no message selected"; `note` replaces the default hint (e.g. a load error). */
    void clear(const QString &note = {});
    /** The message shown, 0 when none. */
    qint64 messageId() const { return m_id; }

private:
    QLabel *addField(const QString &label, const QString &objectName);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_from = nullptr;
    QLabel *m_to = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_received = nullptr;
    QLabel *m_messageId = nullptr;
    QLabel *m_returnPath = nullptr;
    QLabel *m_replyTo = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_bodyNote = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_attachmentsLabel = nullptr;
    QListWidget *m_attachments = nullptr;
    qint64 m_id = 0;
};

} // namespace mailtide::ui
