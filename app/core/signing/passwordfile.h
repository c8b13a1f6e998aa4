#pragma once

#include "common/bilingualtext.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace nbapply::signing
{

// The password for `--password-file FILE`: the file's first line, without its line ending; "-" reads
// the first line of standard input. Unreadable → nullopt and `error` ("signing.password-file"). The
// password is never part of the message.
std::optional<QByteArray> readPasswordFile(const QString &path, BilingualText *error);

} // namespace nbapply::signing
