#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace nbapply
{

// The time stamped on exports. Honours SOURCE_DATE_EPOCH (reproducible-builds.org) so that the same
// draft gives byte-identical PDF and e-mail files; otherwise the current time.
inline QDateTime exportClock()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok && epoch >= 0)
        return QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc());
    return QDateTime::currentDateTime();
}

} // namespace nbapply
