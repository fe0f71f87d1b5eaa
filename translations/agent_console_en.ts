<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalibrationDialog</name>
    <message numerus="yes">
        <source>Scores: %1. Spread: %2 points. %n criteria rated differently.</source>
        <translation>
            <numerusform>Scores: %1. Spread: %2 points. %n criterion rated differently.</numerusform>
            <numerusform>Scores: %1. Spread: %2 points. %n criteria rated differently.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelStatusButton</name>
    <message numerus="yes">
        <source>Channels: %n with a problem</source>
        <translation>
            <numerusform>Channels: %n with a problem</numerusform>
            <numerusform>Channels: %n with a problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Outbox: %n waiting</numerusform>
            <numerusform>Outbox: %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replies need your decision in the outbox</source>
        <translation>
            <numerusform>%n reply needs your decision in the outbox</numerusform>
            <numerusform>%n replies need your decision in the outbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingWindow</name>
    <message numerus="yes">
        <source>Your quality score: %1 % over %n reviews</source>
        <translation>
            <numerusform>Your quality score: %1 % over %n review</numerusform>
            <numerusform>Your quality score: %1 % over %n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes to acknowledge: %n</source>
        <translation>
            <numerusform>Notes to acknowledge: %n</numerusform>
            <numerusform>Notes to acknowledge: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message numerus="yes">
        <source>%1 – %2: %n contacts wrapped up</source>
        <translation>
            <numerusform>%1 – %2: %n contact wrapped up</numerusform>
            <numerusform>%1 – %2: %n contacts wrapped up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quality (%n reviews)</source>
        <translation>
            <numerusform>Quality (%n review)</numerusform>
            <numerusform>Quality (%n reviews)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message numerus="yes">
        <source>%n contacts shown</source>
        <translation>
            <numerusform>%n contact shown</numerusform>
            <numerusform>%n contacts shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today (%n)</source>
        <translation>
            <numerusform>Today (%n)</numerusform>
            <numerusform>Today (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upcoming (%n)</source>
        <translation>
            <numerusform>Upcoming (%n)</numerusform>
            <numerusform>Upcoming (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message numerus="yes">
        <source>Importing %n files…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Inbox (%n)</source>
        <translation>
            <numerusform>Inbox (%n)</numerusform>
            <numerusform>Inbox (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Follow-ups (%n)</numerusform>
            <numerusform>Follow-ups (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>%n customer found</numerusform>
            <numerusform>%n customers found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n open conversations</source>
        <translation>
            <numerusform>Inbox: %n open conversation</numerusform>
            <numerusform>Inbox: %n open conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outcome corrected: %n changes recorded.</source>
        <translation>
            <numerusform>Outcome corrected: %n change recorded.</numerusform>
            <numerusform>Outcome corrected: %n changes recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due: %1</source>
        <translation>
            <numerusform>%n follow-up due: %1</numerusform>
            <numerusform>%n follow-ups due: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes from your supervisor: Tools → My coaching (Ctrl+Shift+J)</source>
        <translation>
            <numerusform>%n coaching note from your supervisor: Tools → My coaching (Ctrl+Shift+J)</numerusform>
            <numerusform>%n coaching notes from your supervisor: Tools → My coaching (Ctrl+Shift+J)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message numerus="yes">
        <source>%n conversations to review</source>
        <translation>
            <numerusform>%n conversation to review</numerusform>
            <numerusform>%n conversations to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted</source>
        <translation>
            <numerusform>%n submitted</numerusform>
            <numerusform>%n submitted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not submitted: %n criteria still to rate or explain.</source>
        <translation>
            <numerusform>Not submitted: %n criterion still to rate or explain.</numerusform>
            <numerusform>Not submitted: %n criteria still to rate or explain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message numerus="yes">
        <source>%n problems: fix them to save.</source>
        <translation>
            <numerusform>%n problem: fix it to save.</numerusform>
            <numerusform>%n problems: fix them to save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorecardEditor</name>
    <message numerus="yes">
        <source>%n criteria, total weight %1</source>
        <translation>
            <numerusform>%n criterion, total weight %1</numerusform>
            <numerusform>%n criteria, total weight %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorecardForm</name>
    <message numerus="yes">
        <source>%n criteria still to rate or explain</source>
        <translation>
            <numerusform>%n criterion still to rate or explain</numerusform>
            <numerusform>%n criteria still to rate or explain</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>%n part could not be read</numerusform>
            <numerusform>%n parts could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent with %n draft-check warnings</source>
        <translation>
            <numerusform>sent with %n draft-check warning</numerusform>
            <numerusform>sent with %n draft-check warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaching notes</source>
        <translation>
            <numerusform>%n coaching note</numerusform>
            <numerusform>%n coaching notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts could not be read</source>
        <translation>
            <numerusform>%n part could not be read</numerusform>
            <numerusform>%n parts could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingLibrary</name>
    <message numerus="yes">
        <source>%n scenarios imported.</source>
        <translation>
            <numerusform>%n scenario imported.</numerusform>
            <numerusform>%n scenarios imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
