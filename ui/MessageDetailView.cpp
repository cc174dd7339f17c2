#include "MessageDetailView.h"

#include "classify/Classifier.h"

#include "models/MessageListModel.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mailtide::ui {

namespace {

// A header can be megabytes long; a label that size would freeze layout.
constexpr qsizetype kMaxHeaderChars = 2000;

QLabel *valueLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Long unbreakable values (Message-IDs) must not widen the pane.
    l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    l->setMinimumWidth(50);
    return l;
}

QString bounded(const QString &s)
{
    QString one = s.simplified();
    if (one.size() > kMaxHeaderChars) one = one.left(kMaxHeaderChars) + QChar(0x2026);
    return one;
}

/** The first header called `name` (case-insensitive), as decoded by mime::readableText. */
QString header(const mime::MessageText &text, QLatin1String name)
{
    for (const auto &h : text.headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) return h.second;
    return {};
}

QString receivedSourceText(const QString &source)
{
    switch (store::receivedSourceFromString(source).value_or(store::ReceivedSource::File)) {
    case store::ReceivedSource::InternalDate:
        return MessageDetailView::tr("the server's arrival time");
    case store::ReceivedSource::Received:
        return MessageDetailView::tr("the newest Received header");
    case store::ReceivedSource::Date:
        return MessageDetailView::tr("the Date header (the sender's clock)");
    case store::ReceivedSource::File:
        return MessageDetailView::tr("the file's modification time");
    }
    return {};
}

} // namespace

MessageDetailView::MessageDetailView(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_empty = new QLabel(m_stack);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);

    auto *page = new QWidget(m_stack);
    auto *v = new QVBoxLayout(page);
    m_subject = valueLabel(page);
    m_subject->setObjectName(QStringLiteral("detailSubject"));
    QFont big = m_subject->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_subject->setFont(big);
    v->addWidget(m_subject);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setVerticalSpacing(2);
    v->addLayout(m_form);
    m_from = addField(tr("From:"), QStringLiteral("detailFrom"));
    m_to = addField(tr("To:"), QStringLiteral("detailTo"));
    m_date = addField(tr("Date:"), QStringLiteral("detailDate"));
    m_received = addField(tr("Received:"), QStringLiteral("detailReceived"));
    m_messageId = addField(tr("Message-ID:"), QStringLiteral("detailMessageId"));
    m_returnPath = addField(tr("Return-Path:"), QStringLiteral("detailReturnPath"));
    m_replyTo = addField(tr("Reply-To:"), QStringLiteral("detailReplyTo"));
    m_verdict = addField(tr("Verdict:"), QStringLiteral("detailVerdict"));

    m_bodyNote = valueLabel(page);
    m_bodyNote->setForegroundRole(QPalette::PlaceholderText);
    v->addWidget(m_bodyNote);
    m_body = new QPlainTextEdit(page);
    m_body->setObjectName(QStringLiteral("detailBody"));
    m_body->setReadOnly(true);
    m_body->setUndoRedoEnabled(false);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    v->addWidget(m_body, 1);

    m_attachmentsLabel = new QLabel(page);
    m_attachmentsLabel->setTextFormat(Qt::PlainText);
    v->addWidget(m_attachmentsLabel);
    m_attachments = new QListWidget(page);
    m_attachments->setObjectName(QStringLiteral("detailAttachments"));
    m_attachments->setMaximumHeight(m_attachments->fontMetrics().height() * 5);
    v->addWidget(m_attachments);
    m_stack->addWidget(page);

    clear();
}

QLabel *MessageDetailView::addField(const QString &label, const QString &objectName)
{
    auto *value = valueLabel(this);
    value->setObjectName(objectName);
    auto *name = new QLabel(label, this);
    name->setTextFormat(Qt::PlainText);
    name->setForegroundRole(QPalette::PlaceholderText);
    name->setAlignment(Qt::AlignRight | Qt::AlignTop); // beside the first line of a wrapped value
    m_form->addRow(name, value);
    return value;
}

void MessageDetailView::clear(const QString &note)
{
    m_id = 0;
    m_empty->setText(note.isEmpty() ? tr("Select a message to read it.") : note);
    m_stack->setCurrentWidget(m_empty);
    m_body->clear();
}

void MessageDetailView::showMessage(const store::MessageDetail &d, const mime::MessageText &text)
{
    m_id = d.row.id;
    const store::MessageRow &r = d.row;

    QString subject = header(text, QLatin1String("Subject"));
    if (subject.isEmpty()) subject = r.subject.isEmpty() ? tr("(no subject)") : r.subject;
    m_subject->setText(bounded(subject));

    QString from = header(text, QLatin1String("From"));
    if (from.isEmpty()) from = r.fromName.isEmpty() ? r.fromAddr : tr("%1 <%2>").arg(r.fromName, r.fromAddr);
    const auto fill = [this](QLabel *field, const QString &value) {
        field->setText(bounded(value));
        field->setToolTip(field->text()); // the whole value, where a long one is cut at the edge
        m_form->setRowVisible(field, !value.trimmed().isEmpty());
    };
    fill(m_from, from);
    fill(m_to, header(text, QLatin1String("To")));
    fill(m_date, header(text, QLatin1String("Date")));

    const QDateTime received = QDateTime::fromSecsSinceEpoch(r.receivedUtc).toLocalTime();
    fill(m_received, tr("%1 — from %2")
                         .arg(received.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")),
                              receivedSourceText(d.receivedSource)));

    const QString messageId = header(text, QLatin1String("Message-ID"));
    fill(m_messageId, messageId.isEmpty() ? d.messageId : messageId);
    const QString returnPath = header(text, QLatin1String("Return-Path"));
    fill(m_returnPath, returnPath.isEmpty() ? d.returnPath : returnPath);
    const QString replyTo = header(text, QLatin1String("Reply-To"));
    fill(m_replyTo, replyTo.isEmpty() ? d.replyTo : replyTo);

    if (r.verdict < 0) {
        fill(m_verdict, tr("Not classified yet"));
    } else {
        // The score against the scale it is read on: "0.62" alone looked like 62% spam.
        const QLocale locale;
        QString verdict = tr("%1 (score %2; unsure from %3, spam from %4)")
                              .arg(models::verdictText(r.verdict), locale.toString(r.score, 'f', 2),
                                   locale.toString(classify::kUnsureScore, 'f', 2),
                                   locale.toString(classify::kSpamScore, 'f', 2));
        // One reason a line, each bounded like a header; the label is plain text.
        QStringList lines = {verdict};
        for (const QString &reason : classify::Verdict::reasonsFromJson(d.reasons).mid(0, 6))
            lines << QStringLiteral("• ") + bounded(reason);
        fill(m_verdict, verdict);
        m_verdict->setText(lines.join(QLatin1Char('\n')));
    }

    QStringList notes;
    if (text.bodyFromHtml)
        notes << tr("Shown as text: the HTML is not rendered and nothing remote is loaded.");
    if (text.truncated) notes << tr("The text is cut short: it is too long to show whole.");
    if (d.sourcePath.isEmpty() && text.body.isEmpty() && text.attachments.isEmpty())
        notes << tr("Reading the text from the server… (Mailtide keeps no message text.)");
    m_bodyNote->setText(notes.join(QLatin1Char(' ')));
    m_bodyNote->setVisible(!notes.isEmpty());
    m_body->setPlainText(text.body);

    m_attachments->clear();
    m_attachments->addItems(text.attachments);
    m_attachmentsLabel->setText(tr("Attachments (%1):").arg(QLocale().toString(text.attachments.size())));
    m_attachmentsLabel->setVisible(!text.attachments.isEmpty());
    m_attachments->setVisible(!text.attachments.isEmpty());

    m_stack->setCurrentIndex(1);
}

} // namespace mailtide::ui
