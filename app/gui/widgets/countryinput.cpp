// The country or region picker: an editable combo box over the ISO 3166-1 list in the UI language,
// completing on any part of a name in either language. Drafts store the alpha-2 code ("CN"); text
// that names no country is kept as typed so the validator can say what is wrong with it — but only once
// the user leaves the box: "Hong" on the way to "Hong Kong" is not a mistake yet.
#include "draftsession.h"
#include "fieldinputs_p.h"
#include "uilanguage.h"
#include "validation/countries.h"

#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>

#include <algorithm>

namespace nbapply::gui
{

namespace
{

// "中国 (CN)" -> the code; a bare code or a name in either language also names a country.
QString codeForText(const QString &text)
{
    static const QRegularExpression shown(QStringLiteral("^(.*)\\(([A-Za-z]{2})\\)\\s*$"));
    const QString t = text.trimmed();
    if (const auto match = shown.match(t); match.hasMatch())
        if (const validation::Country *c = validation::findCountry(match.captured(2)))
            return c->alpha2;
    if (t.size() == 2)
        if (const validation::Country *c = validation::findCountry(t))
            return c->alpha2;
    for (const validation::Country &c : validation::countries())
        if (t.compare(c.name.zh, Qt::CaseInsensitive) == 0 || t.compare(c.name.en, Qt::CaseInsensitive) == 0)
            return c.alpha2;
    return text;
}

// "Na" or "Ch" on the way to "Narnia" or "China" happen to be codes (Namibia, Switzerland): a bare
// two-letter code is taken only when the user leaves the box.
bool isBareCode(const QString &text)
{
    const QString t = text.trimmed();
    return t.size() == 2 && t[0].isLetter() && t[1].isLetter() && t[0].unicode() < 0x80 &&
           t[1].unicode() < 0x80;
}

// On leaving the box: text that is part of exactly one country's name in either language ("Hong",
// "香港") means that country; anything else stays as typed.
QString codeOnLeaving(const QString &text)
{
    const QString code = codeForText(text);
    const QString t = text.trimmed();
    if (code != text || t.size() < 2)
        return code;
    const validation::Country *only = nullptr;
    for (const validation::Country &c : validation::countries()) {
        if (!c.name.zh.contains(t, Qt::CaseInsensitive) && !c.name.en.contains(t, Qt::CaseInsensitive))
            continue;
        if (only)
            return text;
        only = &c;
    }
    return only ? only->alpha2 : text;
}

QString shownName(const validation::Country &c)
{
    return QStringLiteral("%1 (%2)").arg(inUi(c.name), c.alpha2);
}

class CountryInput : public FieldInput
{
  public:
    CountryInput(const FieldDefinition &field, DraftSession *session, QWidget *parent)
        : FieldInput(field, session, parent), m_combo(new QComboBox(this))
    {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_combo);
        m_combo->setEditable(true);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(24);
        m_combo->lineEdit()->setMaxLength(1 << 30);
        m_combo->completer()->setFilterMode(Qt::MatchContains);
        m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        // While typing, only a text that already names a country (or an emptied box) is stored; the rest
        // waits for the user to leave the box: QLineEdit finishes editing when the focus moves on (Tab, a
        // click, the page changing, the window closing) and on Enter.
        connect(m_combo, &QComboBox::editTextChanged, this, [this](const QString &text) {
            if (m_loading)
                return;
            const QString code = codeForText(text);
            if (text.trimmed().isEmpty() || (code != text && !isBareCode(text)))
                commit(code);
            else
                m_pending = true;
        });
        // Leaving is the focus moving to another widget, not QLineEdit::editingFinished: that also fires
        // when the completion popup opens over the box, which is not leaving it.
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
            const auto inBox = [this](QWidget *w) { return w == m_combo || w == m_combo->lineEdit(); };
            if (inBox(old) && now && !inBox(now) && now->window()->windowType() != Qt::Popup)
                commitPending();
        });
        connect(m_combo->lineEdit(), &QLineEdit::returnPressed, this, [this] { commitPending(); });
        retranslateUi();
    }
    void load() override
    {
        m_pending = false; // the draft's value replaces whatever was typed and not yet stored
        const QString value = session()->draft().text(field().path());
        const validation::Country *country = value.size() == 2 ? validation::findCountry(value) : nullptr;
        const QString shown = country ? shownName(*country) : value;
        if (m_combo->currentText() == shown)
            return;
        m_loading = true;
        m_combo->setCurrentIndex(country ? m_combo->findData(country->alpha2) : -1);
        m_combo->setEditText(shown);
        m_loading = false;
    }
    QWidget *focusTarget() const override { return m_combo; }
    void retranslateUi() override
    {
        commitPending(); // the list is rebuilt below, and with it the box's text
        m_loading = true;
        QList<const validation::Country *> sorted;
        for (const validation::Country &c : validation::countries())
            sorted << &c;
        // Sorted by the name the user reads (pinyin order for Chinese).
        QCollator collator(uiLanguage() == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                             : QLocale(QLocale::English));
        std::stable_sort(sorted.begin(), sorted.end(), [&](const auto *a, const auto *b) {
            return collator.compare(inUi(a->name), inUi(b->name)) < 0;
        });
        m_combo->clear();
        // Most applicants are in mainland China, Hong Kong or Macao: those first, then the others in
        // order, each once. Nothing is chosen for the user (a foreign applicant must not inherit 中国).
        const QStringList first{QStringLiteral("CN"), QStringLiteral("HK"), QStringLiteral("MO")};
        for (const QString &code : first)
            if (const validation::Country *c = validation::findCountry(code))
                m_combo->addItem(shownName(*c), c->alpha2);
        m_combo->insertSeparator(m_combo->count());
        for (const validation::Country *c : sorted)
            if (!first.contains(c->alpha2))
                m_combo->addItem(shownName(*c), c->alpha2);
        m_combo->lineEdit()->setPlaceholderText(inUi(field().placeholder));
        m_loading = false;
        load();
    }

  private:
    void commit(const QString &value)
    {
        m_pending = false;
        if (session()->draft().text(field().path()) == value)
            return;
        session()->setText(field().path(), value);
        emit edited();
    }
    void commitPending()
    {
        if (m_loading || !m_pending)
            return;
        const QString code = codeOnLeaving(m_combo->currentText());
        commit(code);
        if (code != m_combo->currentText() && validation::findCountry(code))
            load(); // show "Hong Kong (HK)" for "Hong"
    }

    QComboBox *m_combo;
    bool m_pending = false; // text typed that is not yet stored
};

} // namespace

FieldInput *createCountryInput(const FieldDefinition &field, DraftSession *session, QWidget *parent)
{
    return new CountryInput(field, session, parent);
}

} // namespace nbapply::gui
