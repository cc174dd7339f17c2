#pragma once
/** @short Tools > DNS server…: the resolver every DNS query of Mailtide goes to (account set-up,
 *  block lists, the self-check), kept under net::kDnsServerSettingKey ("network/dnsServer") — the
 *  setting the app applies at start and `mailtide-cli --dns` stands for. Empty: the system's.
 *
 * The text is checked as it is typed with net::parseDnsServer(), the same parser the CLI and the
 * start-up use, so what the dialog accepts is what the resolver will use; OK stays disabled and
 * the reason shows until it parses. Accepting saves the setting and applies it at once
 * (net::applyDnsSetting). GUI thread; no look-up is made. */
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace mailtide::ui {

class DnsServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DnsServerDialog(QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    /** Why the text is refused ("" when it is fine). */
    QString problem() const { return m_problem; }
    /** Whether the text would be accepted. */
    bool isAcceptable() const { return m_problem.isEmpty(); }

    /** "" when `text` is empty (the system's resolvers) or a resolver address; else why not. */
    static QString problemWith(const QString &text);

public Q_SLOTS:
    /** Saves and applies the setting (when acceptable), then closes. */
    void accept() override;

private:
    void validate();
    QLineEdit *m_edit = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_problem;
};

} // namespace mailtide::ui
