#include "WelcomePage.h"

#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace mailtide::ui {

namespace {
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    return l;
}
} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    // A narrow centred column reads better than text stretched over a wide window. It gets the
    // page's full height (stretches, not alignment) so that wrapped labels get their height.
    auto *column = new QWidget(this);
    column->setFixedWidth(std::min(520, fontMetrics().averageCharWidth() * 64));
    auto *v = new QVBoxLayout(column);
    v->setSpacing(12);
    v->addStretch(2);

    auto *title = plainLabel(tr("Welcome to Mailtide"), column);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    v->addWidget(title);

    v->addWidget(plainLabel(tr("Mailtide sorts out a mailbox: it shows which messages are spam and why, "
                               "who sends you the most, and when the spam arrives. Everything stays on "
                               "this computer, and nothing is ever loaded from a message."),
                            column));
    v->addSpacing(8);

    auto *imapBox = new QVBoxLayout;
    imapBox->setSpacing(2);
    auto *imap = new QPushButton(tr("Add an IMAP account…"), column);
    imap->setObjectName(QStringLiteral("addImapButton"));
    imap->setDefault(true);
    connect(imap, &QPushButton::clicked, this, &WelcomePage::addImapRequested);
    imapBox->addWidget(imap);
    auto *imapNote = plainLabel(tr("Read-only: messages are read, never marked or moved."), column);
    imapNote->setObjectName(QStringLiteral("imapNote"));
    imapNote->setForegroundRole(QPalette::PlaceholderText);
    imapBox->addWidget(imapNote);
    v->addLayout(imapBox);

    auto *local = new QPushButton(tr("Open local mail…"), column);
    local->setObjectName(QStringLiteral("openLocalButton"));
    auto *menu = new QMenu(local);
    connect(menu->addAction(tr("An mbox or .eml file…")), &QAction::triggered, this,
            &WelcomePage::openFileRequested);
    connect(menu->addAction(tr("A Maildir or a folder of .eml files…")), &QAction::triggered, this,
            &WelcomePage::openFolderRequested);
    local->setMenu(menu);
    v->addWidget(local);

    auto *sample = new QPushButton(tr("Open the sample mailbox"), column);
    sample->setObjectName(QStringLiteral("openSampleButton"));
    sample->setToolTip(
        tr("6,046 messages from the SpamAssassin public corpus (2002–2003), spam and not spam"));
    connect(sample, &QPushButton::clicked, this, &WelcomePage::openSampleRequested);
    v->addWidget(sample);

    auto *selfCheck = new QPushButton(tr("Check my own domain…"), column);
    selfCheck->setObjectName(QStringLiteral("selfCheckButton"));
    selfCheck->setToolTip(tr("Is your domain or mail server sending spam? Its DNS records, your server's relay settings "
                             "and, once an account is added, your mailbox's bounces"));
    connect(selfCheck, &QPushButton::clicked, this, &WelcomePage::selfCheckRequested);
    v->addWidget(selfCheck);
    v->addStretch(3);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    outer->addWidget(column);
    outer->addStretch();
}

} // namespace mailtide::ui
