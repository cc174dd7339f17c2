<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>resumed after %n lost connection(s)</source>
        <translation><numerusform>resumed after %n lost connection</numerusform><numerusform>resumed after %n lost connections</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>senders still mailing more than %n day(s) after a successful unsubscribe</source>
        <translation><numerusform>senders still mailing more than %n day after a successful unsubscribe</numerusform><numerusform>senders still mailing more than %n days after a successful unsubscribe</numerusform></translation>
    </message>
</context>
<context>
    <name>DmarcAggregate</name>
    <message numerus="yes">
        <source>%n row(s) without a valid source IP were skipped</source>
        <translation><numerusform>%n row without a valid source IP were skipped</numerusform><numerusform>%n rows without a valid source IP were skipped</numerusform></translation>
    </message>
</context>
<context>
    <name>Hygiene</name>
    <message numerus="yes">
        <source>(%n message(s) without a known new UID stay where they are)</source>
        <translation><numerusform>(%n message without a known new UID stays where it is)</numerusform><numerusform>(%n messages without a known new UID stay where they are)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n planned message(s) are no longer in the folder: the server changed since the plan was made; nothing was done</source>
        <translation><numerusform>%n planned message is no longer in the folder: the server changed since the plan was made; nothing was done</numerusform><numerusform>%n planned messages are no longer in the folder: the server changed since the plan was made; nothing was done</numerusform></translation>
    </message>
</context>
<context>
    <name>LocalMail</name>
    <message numerus="yes">
        <source>%1: %n file(s) skipped: not mail messages</source>
        <translation><numerusform>%1: %n file skipped: not a mail message</numerusform><numerusform>%1: %n files skipped: not mail messages</numerusform></translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of the messages you sent bounced.</source>
        <translation><numerusform>%n message you sent bounced.</numerusform><numerusform>%n of the messages you sent bounced.</numerusform></translation>
    </message>
</context>
<context>
    <name>mailtide::jobs::HygieneJob</name>
    <message numerus="yes">
        <source>Stopped after %n message(s); the rest can be resumed from the log.</source>
        <translation><numerusform>Stopped after %n message; the rest can be resumed from the log.</numerusform><numerusform>Stopped after %n messages; the rest can be resumed from the log.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) done.</source>
        <translation><numerusform>%n message done.</numerusform><numerusform>%n messages done.</numerusform></translation>
    </message>
</context>
<context>
    <name>mailtide::jobs::ImportJob</name>
    <message numerus="yes">
        <source>%n warning(s): %1</source>
        <translation><numerusform>%n warning: %1</numerusform><numerusform>%n warnings: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>mailtide::jobs::MoveJob</name>
    <message numerus="yes">
        <source>Undone: %n message(s) moved back.</source>
        <translation><numerusform>Undone: %n message moved back.</numerusform><numerusform>Undone: %n messages moved back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) moved to Junk and learned as spam.</source>
        <translation><numerusform>%n message moved to Junk and learned as spam.</numerusform><numerusform>%n messages moved to Junk and learned as spam.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) moved to the inbox and learned as not spam.</source>
        <translation><numerusform>%n message moved to the inbox and learned as not spam.</numerusform><numerusform>%n messages moved to the inbox and learned as not spam.</numerusform></translation>
    </message>
</context>
<context>
    <name>mailtide::jobs::SyncJob</name>
    <message numerus="yes">
        <source>Connected and logged in; the server has %n folder(s).</source>
        <translation><numerusform>Connected and logged in; the server has %n folder.</numerusform><numerusform>Connected and logged in; the server has %n folders.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n move(s): %1 spam, %2 not spam.</source>
        <translation><numerusform>Learned from %n move: %1 spam, %2 not spam.</numerusform><numerusform>Learned from %n moves: %1 spam, %2 not spam.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sync of %1 cancelled: %n new message(s) kept.</source>
        <translation><numerusform>Sync of %1 cancelled: %n new message kept.</numerusform><numerusform>Sync of %1 cancelled: %n new messages kept.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Your rules moved %n message(s).</source>
        <translation><numerusform>Your rules moved %n message.</numerusform><numerusform>Your rules moved %n messages.</numerusform></translation>
    </message>
</context>
<context>
    <name>mailtide::models::FolderTreeModel</name>
    <message numerus="yes">
        <source>%n message(s), %1 spam</source>
        <translation><numerusform>%n message, %1 spam</numerusform><numerusform>%n messages, %1 spam</numerusform></translation>
    </message>
</context>
<context>
    <name>mailtide::ui::HygieneView</name>
    <message numerus="yes">
        <source>%n group(s), %1 in %2.</source>
        <translation><numerusform>%n group, %1 in %2.</numerusform><numerusform>%n groups, %1 in %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n message</numerusform><numerusform>%n messages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n message(s) from %1 read</source>
        <translation><numerusform>Mark %n message from %1 read</numerusform><numerusform>Mark %n messages from %1 read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Archive %n message(s) from %1</source>
        <translation><numerusform>Archive %n message from %1</numerusform><numerusform>Archive %n messages from %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %n message(s) from %1 to Junk</source>
        <translation><numerusform>Move %n message from %1 to Junk</numerusform><numerusform>Move %n messages from %1 to Junk</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %n message(s) from %1 to Trash</source>
        <translation><numerusform>Move %n message from %1 to Trash</numerusform><numerusform>Move %n messages from %1 to Trash</numerusform></translation>
    </message>
</context>
<context>
    <name>mailtide::ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation><numerusform>%Ln message</numerusform><numerusform>%Ln messages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %n message(s) of %1 to Junk on the server, and teach Mailtide they are spam?</source>
        <translation><numerusform>Move %n message of %1 to Junk on the server, and teach Mailtide it is spam?</numerusform><numerusform>Move %n messages of %1 to Junk on the server, and teach Mailtide they are spam?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %n message(s) of %1 to the inbox on the server, and teach Mailtide they are not spam?</source>
        <translation><numerusform>Move %n message of %1 to the inbox on the server, and teach Mailtide it is not spam?</numerusform><numerusform>Move %n messages of %1 to the inbox on the server, and teach Mailtide they are not spam?</numerusform></translation>
    </message>
</context>
<context>
    <name>mailtide::ui::SelfCheckView</name>
    <message numerus="yes">
        <source>%n severe problem(s)</source>
        <translation><numerusform>%n severe problem</numerusform><numerusform>%n severe problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nothing severe, %n warning(s) — worth fixing</source>
        <translation><numerusform>Nothing severe, %n warning — worth fixing</numerusform><numerusform>Nothing severe, %n warnings — worth fixing</numerusform></translation>
    </message>
</context>
</TS>