#include "loadedcontext.h"

namespace nbapply
{

ValidationContext validationContextFor(const DraftLoadResult &loaded, ValidationContext base)
{
    base.draftFolder = loaded.documentFolder;
    if (loaded.received)
        base.receivedDocuments = loaded.received->documents;
    if (loaded.exportDate.isValid())
        base.today = loaded.exportDate;
    return base;
}

} // namespace nbapply
