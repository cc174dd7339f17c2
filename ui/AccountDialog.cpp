#include "AccountDialog.h"

#include "Worker.h"

#include "imap/Connection.h"
#include "imap/Discovery.h"
#include "jobs/SyncJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace mailtide::ui {

namespace {

bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("::1") || host.startsWith(QLatin1String("127."));
}

/** "ab12cd..." -> "AB:12:CD:..." as certificate viewers show it, 16 bytes a line. */
QString colonHex(const QString &hex)
{
    QString out;
    for (int i = 0; i < hex.size(); i += 2) {
        if (i > 0)
            out += (i % 32 == 0) ? QLatin1Char('\n') : QLatin1Char(':');
        out += hex.mid(i, 2).toUpper();
    }
    return out;
}

} // namespace

AccountDialog::AccountDialog(QStringList existingNames, QWidget *parent)
    : QDialog(parent), m_existing(std::move(existingNames))
{
    setWindowTitle(tr("Add IMAP account"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("accountAddress"));
    m_address->setPlaceholderText(tr("you@example.com"));
    m_address->setToolTip(tr("Fills in the server and the user name; change them if your provider says otherwise"));
    m_serverHint = new QLabel(this);
    m_serverHint->setObjectName(QStringLiteral("serverHint"));
    m_serverHint->setWordWrap(true);
    m_serverHint->setTextFormat(Qt::PlainText);
    m_serverHint->hide();
    m_srvTimer = new QTimer(this);
    m_srvTimer->setSingleShot(true);
    m_srvTimer->setInterval(400); // look up once the user pauses typing
    connect(m_srvTimer, &QTimer::timeout, this, &AccountDialog::lookUpSrv);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setPlaceholderText(tr("e.g. Work"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("accountHost"));
    m_host->setPlaceholderText(tr("imap.example.com"));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("accountTls"));
    m_tls->addItem(tr("TLS (port 993)"), QStringLiteral("implicit"));
    m_tls->addItem(tr("STARTTLS (port 143)"), QStringLiteral("starttls"));
    m_tls->addItem(tr("None — this computer only"), QStringLiteral("none"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("accountPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(993);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("accountUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("accountPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in the system keyring, never in Mailtide's files"));
    m_command = new QLineEdit(this);
    m_command->setObjectName(QStringLiteral("accountPasswordCommand"));
    m_command->setPlaceholderText(tr("optional, e.g. pass show mail/work"));
    m_command->setToolTip(tr("A command that prints the password, used instead of the keyring"));

    auto *form = new QFormLayout;
    form->addRow(tr("E-mail &address:"), m_address);
    form->addRow(m_serverHint); // the whole width: it may take two lines
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Security:"), m_tls);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Password &command:"), m_command);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprintLabel = new QLabel(this);
    m_fingerprintLabel->setObjectName(QStringLiteral("certificateFingerprint"));
    m_fingerprintLabel->setTextFormat(Qt::PlainText);
    m_fingerprintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprintLabel->hide();
    m_trust = new QCheckBox(tr("T&rust this certificate"), this);
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    m_trust->hide();

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add and sync"));
    m_buttons->addButton(m_test, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_fingerprintLabel);
    layout->addWidget(m_trust);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &AccountDialog::testConnection);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &AccountDialog::tlsChanged);
    connect(m_port, &QSpinBox::valueChanged, this, [this] { m_portTouched = m_port->hasFocus() || m_portTouched; });
    for (QLineEdit *e : {m_address, m_name, m_host, m_user, m_password, m_command})
        connect(e, &QLineEdit::textChanged, this, [this] {
            m_result->setProperty("fromTest", false);
            updateState();
        });
    connect(m_host, &QLineEdit::textChanged, this, [this] {
        m_trust->hide();
        m_fingerprintLabel->hide();
        m_trust->setChecked(false);
        m_pin.clear();
    });
    connect(m_trust, &QCheckBox::toggled, this, &AccountDialog::updateState);
    connect(m_address, &QLineEdit::textChanged, this, &AccountDialog::addressChanged);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_user, &QLineEdit::textEdited, this, [this] { m_userEdited = true; });
    connect(m_host, &QLineEdit::textEdited, this, [this] {
        m_hostEdited = true;
        m_serverHint->hide();
    });
    updateState();
}

void AccountDialog::addressChanged()
{
    const QString address = m_address->text().trimmed();
    if (!m_userEdited)
        m_user->setText(address);
    if (!m_nameEdited)
        m_name->setText(address);
    if (m_hostEdited)
        return;
    m_srvTimer->stop();
    const QString domain = imap::domainOf(address);
    if (domain.isEmpty()) {
        m_serverHint->hide();
        return;
    }
    if (const auto known = imap::knownProvider(domain)) {
        applyServer(known->host, known->port, known->tls,
                    known->note.isEmpty() ? tr("%1 is a provider Mailtide knows.").arg(domain)
                                          : tr("%1 is a provider Mailtide knows. %2").arg(domain, known->note));
        return;
    }
    // The common guess at once; the domain's SRV records, when they answer, replace it.
    const imap::ServerGuess guess = imap::guessFor(domain);
    applyServer(guess.host, guess.port, guess.tls,
                tr("Guessed from the address; looking for %1's own settings…").arg(domain));
    m_srvDomain = domain;
    m_srvTimer->start();
}

void AccountDialog::lookUpSrv()
{
    // DNS blocks: on a pool thread (the global pool is waited for at exit). The answer comes back
    // queued to the GUI thread, and is dropped if the dialog is gone or the address changed.
    const int generation = ++m_srvGeneration;
    QPointer<AccountDialog> self(this);
    QThreadPool::globalInstance()->start([self, generation, domain = m_srvDomain, server = m_dnsServer] {
        net::Resolver resolver(server);
        const std::optional<imap::ServerGuess> best = imap::lookUpSrv(resolver, domain);
        if (QCoreApplication *app = QCoreApplication::instance())
            QMetaObject::invokeMethod(app, [self, generation, domain, best] {
                if (self)
                    self->srvAnswered(generation, domain, best);
            }, Qt::QueuedConnection);
    });
}

void AccountDialog::srvAnswered(int generation, const QString &domain, const std::optional<imap::ServerGuess> &best)
{
    if (generation != m_srvGeneration || m_hostEdited || imap::domainOf(m_address->text()) != domain)
        return; // the user moved on
    if (best) {
        applyServer(best->host, best->port, best->tls, tr("From %1's DNS records (RFC 6186).").arg(domain));
    } else {
        m_serverHint->setText(tr("Guessed from the address (%1 publishes no IMAP settings): change it if your "
                                 "provider says otherwise.").arg(domain));
        fitHint();
    }
}

void AccountDialog::applyServer(const QString &host, int port, const QString &tls, const QString &hint)
{
    m_host->setText(host);
    m_tls->setCurrentIndex(m_tls->findData(tls));
    m_port->setValue(port);
    m_portTouched = false;
    m_serverHint->setText(hint);
    m_serverHint->show();
    fitHint();
}

void AccountDialog::fitHint()
{
    // A wrapped label's height depends on its width: grow the dialog once the layout knows it.
    QTimer::singleShot(0, this, [this] {
        if (QLayout *l = layout()) {
            l->activate();
            const int h = l->totalHeightForWidth(width());
            if (h > height())
                resize(width(), h);
        }
    });
}

AccountDialog::~AccountDialog()
{
    stopTest();
}

void AccountDialog::tlsChanged()
{
    if (!m_portTouched)
        m_port->setValue(m_tls->currentData().toString() == QLatin1String("implicit") ? 993 : 143);
    updateState();
}

QString AccountDialog::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the account a name.");
    if (m_existing.contains(name, Qt::CaseInsensitive))
        return tr("An account named %1 exists already.").arg(name);
    if (m_host->text().trimmed().isEmpty())
        return tr("Give the server's name.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Give the user name.");
    if (m_password->text().isEmpty() && m_command->text().trimmed().isEmpty())
        return tr("Give the password, or a command that prints it.");
    if (m_tls->currentData().toString() == QLatin1String("none") && !isLoopback(m_host->text().trimmed()))
        return tr("Without TLS the password would cross the network in clear: only for a server on this computer.");
    return {};
}

void AccountDialog::updateState()
{
    const QString why = problem();
    const bool testing = m_thread != nullptr;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty() && !testing);
    m_test->setEnabled(why.isEmpty());
    m_test->setText(testing ? tr("Stop test") : tr("&Test connection"));
    if (!testing && m_result->property("fromTest").toBool() == false)
        m_result->setText(why);
}

store::ImapAccount AccountDialog::account() const
{
    store::ImapAccount a;
    a.name = m_name->text().trimmed();
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.tls = m_tls->currentData().toString();
    a.user = m_user->text().trimmed();
    a.passwordCommand = m_command->text().trimmed();
    if (!m_pin.isEmpty() && m_trust->isChecked())
        a.pinnedKey = m_pin;
    return a;
}

QByteArray AccountDialog::password() const
{
    return m_command->text().trimmed().isEmpty() ? m_password->text().toUtf8() : QByteArray();
}

void AccountDialog::testConnection()
{
    if (m_thread) {
        stopTest();
        m_result->setText(tr("Test stopped."));
        updateState();
        return;
    }
    m_result->setProperty("fromTest", true);
    m_result->setText(tr("Connecting to %1…").arg(m_host->text().trimmed()));
    m_job = new jobs::SyncJob(QString(), account(), password(), jobs::SyncJob::Mode::Test);
    m_thread = startWorker(this, m_job, QStringLiteral("AccountTest"));
    connect(m_job, &jobs::SyncJob::finished, this, &AccountDialog::onTestFinished);
    m_thread->start();
    updateState();
}

void AccountDialog::stopTest()
{
    if (m_job)
        m_job->cancel();
    finishWorker(m_thread, m_job);
}

void AccountDialog::onTestFinished(bool ok, const QString &message, int failureKind, const QString &fingerprint,
                                   const QString &pin)
{
    stopTest();
    if (ok) {
        m_result->setText(QStringLiteral("✔ ") + message);
    } else {
        const auto kind = imap::FailureKind(failureKind);
        const bool certificate =
            (kind == imap::FailureKind::UntrustedCertificate || kind == imap::FailureKind::CertificateChanged) &&
            !pin.isEmpty();
        m_result->setText(QStringLiteral("✘ ") + message); // the fingerprint gets its own lines below
        if (certificate) {
            m_pin = pin;
            m_fingerprint = fingerprint;
            m_fingerprintLabel->setText(tr("Compare its SHA-256 fingerprint with your provider's:") + QLatin1Char('\n') +
                                        colonHex(fingerprint));
            m_fingerprintLabel->show();
            m_trust->setChecked(false);
            m_trust->show();
        }
    }
    updateState();
}

} // namespace mailtide::ui
