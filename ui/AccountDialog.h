#pragma once
/** @short "Add IMAP account": server, TLS, login, and a Test connection button that says exactly
 *  what failed (name not resolved, refused, TLS, certificate, authentication with the server's
 *  words, timeout).
 *
 * The test runs on a worker thread (jobs::SyncJob in Test mode); the dialog stays responsive and
 * the test can be cancelled. An untrusted certificate is shown with its SHA-256 fingerprint and can
 * be trusted — that one certificate only (its key is pinned). The dialog never writes anything: it
 * hands the account and the typed password to the caller.
 *
 * An e-mail address fills in the rest (imap/Discovery.h): the user name, the account's name, and
 * the server from a table of large providers, the domain's SRV records (looked up without
 * blocking), else imap.<domain> — each field only until the user edits it. */
#include "net/Dns.h"
#include "store/Types.h"

#include "imap/Discovery.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QTimer;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThread;

namespace mailtide::jobs {
class SyncJob;
}

namespace mailtide::ui {

class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    /** existingNames: names already taken (the dialog refuses them). */
    explicit AccountDialog(QStringList existingNames, QWidget *parent = nullptr);
    ~AccountDialog() override;

    store::ImapAccount account() const;
    /** The typed password (empty when a password command is used). */
    QByteArray password() const;
    /** Where SRV records are asked (default: the system's resolvers); the tests' dnsmasq. */
    void setDnsServer(const net::DnsServer &server) { m_dnsServer = server; }

private:
    void updateState();
    void tlsChanged();
    void testConnection();
    void onTestFinished(bool ok, const QString &message, int failureKind, const QString &fingerprint, const QString &pin);
    void stopTest();
    QString problem() const; ///< why the form cannot be used yet, or empty
    void addressChanged();
    void lookUpSrv();
    void srvAnswered(int generation, const QString &domain, const std::optional<imap::ServerGuess> &best);
    void applyServer(const QString &host, int port, const QString &tls, const QString &hint);
    void fitHint();

    QStringList m_existing;
    QLineEdit *m_address = nullptr;
    QLabel *m_serverHint = nullptr;
    QTimer *m_srvTimer = nullptr;
    QString m_srvDomain;              ///< the domain to look up
    int m_srvGeneration = 0;          ///< answers to older look-ups are dropped
    std::optional<net::DnsServer> m_dnsServer;
    bool m_nameEdited = false, m_userEdited = false, m_hostEdited = false; ///< by the user: left alone
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_command = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_fingerprintLabel = nullptr;
    QCheckBox *m_trust = nullptr;
    QPushButton *m_test = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_pin;         ///< the key pin of a certificate the user may trust
    QString m_fingerprint; ///< ... and its SHA-256 fingerprint
    QThread *m_thread = nullptr;
    jobs::SyncJob *m_job = nullptr;
    bool m_portTouched = false;
};

} // namespace mailtide::ui
