#include "DnsServerDialog.h"

#include "net/Dns.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace mailtide::ui {

DnsServerDialog::DnsServerDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("DNS server"));
    auto *intro = new QLabel(tr("Every DNS query of Mailtide (finding an account's server, block lists, the self-check) "
                                "goes to this resolver. Leave it empty to use the system's resolvers."),
                             this);
    intro->setWordWrap(true);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("dnsServerEdit"));
    m_edit->setPlaceholderText(tr("the system's resolvers"));
    m_edit->setToolTip(tr("An IPv4 address, optionally with a port: 192.0.2.53 or 192.0.2.53:5353 (IPv6 resolvers are not supported yet)"));
    m_edit->setText(QSettings().value(QLatin1String(net::kDnsServerSettingKey)).toString());
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dnsServerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DnsServerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Resolver:"), m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_edit, &QLineEdit::textChanged, this, &DnsServerDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

QString DnsServerDialog::problemWith(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    auto server = net::parseDnsServer(text);
    if (!server)
        return server.error().detail.isEmpty() ? server.error().toString() : server.error().detail;
    return {};
}

void DnsServerDialog::validate()
{
    m_problem = problemWith(m_edit->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
    if (!m_problem.isEmpty())
        m_message->setText(tr("Not usable: %1").arg(m_problem));
    else if (m_edit->text().trimmed().isEmpty())
        m_message->setText(tr("Mailtide asks the system's resolvers."));
    else
        m_message->setText(tr("Mailtide will ask %1.").arg(net::parseDnsServer(m_edit->text())->toString()));
}

void DnsServerDialog::accept()
{
    validate();
    if (!m_problem.isEmpty())
        return;
    const QString text = m_edit->text().trimmed();
    const QString value = text.isEmpty() ? QString() : net::parseDnsServer(text)->toString();
    QSettings().setValue(QLatin1String(net::kDnsServerSettingKey), value);
    (void)net::applyDnsSetting(value); // parsed above: cannot fail
    QDialog::accept();
}

} // namespace mailtide::ui
