#pragma once

#include "common/bilingualtext.h"

#include <QJsonObject>

namespace nbapply
{

struct DraftSchemaError {
    QString code;
    BilingualText message;
};

// Checks the draft format (docs/draft-format.md): format name and version, the form it was made for,
// and the JSON type of every key the format defines. Keys it does not define are allowed and kept.
bool checkDraftSchema(const QJsonObject &root, DraftSchemaError *error);

} // namespace nbapply
