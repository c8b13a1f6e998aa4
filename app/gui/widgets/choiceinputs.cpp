// Inputs that pick from the form's choices: radio buttons, a combo box (editable for free text)
// and check boxes. Values stored are the choices' values; labels follow the UI language.
#include "accessibility.h"
#include "choicecompleter.h"
#include "draftsession.h"
#include "fieldinputs_p.h"
#include "uilanguage.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace nbapply::gui
{

namespace
{

constexpr int kMaxRadioChoices = 4;

// The choices of `field` for the draft's applicant kind (identifier types differ by kind).
QList<Choice> currentChoices(const FieldDefinition &field, const DraftSession *session)
{
    return field.choicesFor(session->draft().applicantKind());
}

// A typed text that names a choice (in either language, or its value) stands for that choice.
QString valueForText(const QList<Choice> &choices, const QString &text)
{
    const QString t = text.trimmed();
    for (const Choice &c : choices)
        if (t == c.value || t == c.label.zh || t == c.label.en)
            return c.value;
    return text;
}

// Radio buttons that behave as a native radio group (and the WAI-ARIA radio group pattern): Tab
// enters the group once, at the chosen option or the first one when none is chosen; the arrow keys
// move to the previous/next option and choose it, wrapping at the ends; Space chooses the focused one.
// The buttons are auto-exclusive. Qt's own arrow handling goes by screen position (Up and Down do
// nothing in a row) and only chooses when an option was already chosen, so the arrows are handled
// here; the focus policies make only the entry button a Tab stop.
class RadioChoiceInput : public FieldInput
{
  public:
    RadioChoiceInput(const FieldDefinition &field, DraftSession *session, QWidget *parent)
        : FieldInput(field, session, parent), m_layout(new QHBoxLayout(this))
    {
        m_layout->setContentsMargins(0, 0, 0, 0);
        // Identifier types differ by applicant kind: the buttons follow the kind when the user changes
        // it, and when a new, opened or recovered draft (empty path) brings another kind. The session
        // has already swapped the value for the new kind's (DraftSession::setText).
        if (!field.choicesByKind.isEmpty())
            connect(session, &DraftSession::changed, this, [this](const QString &path) {
                if (path == Draft::applicantKindPath() ||
                    (path.isEmpty() &&
                     shownValues() != choiceValues(currentChoices(this->field(), this->session()))))
                    rebuild();
                else if (path == this->field().path())
                    load();
            });
        rebuild();
    }
    void load() override
    {
        const QString value = session()->draft().text(field().path());
        m_loading = true;
        // An auto-exclusive button cannot be unchosen: lift exclusivity while the value is shown, so
        // an empty value shows no option chosen.
        for (QRadioButton *b : m_buttons)
            b->setAutoExclusive(false);
        for (QRadioButton *b : m_buttons)
            b->setChecked(b->property("choiceValue").toString() == value);
        for (QRadioButton *b : m_buttons)
            b->setAutoExclusive(true);
        m_loading = false;
        updateTabStop();
    }
    QWidget *focusTarget() const override
    {
        for (QRadioButton *b : m_buttons)
            if (b->isChecked())
                return b;
        return m_buttons.value(0, nullptr);
    }
    QList<QWidget *> tabOrder() const override { return {m_buttons.cbegin(), m_buttons.cend()}; }
    // The buttons are a group named by the question (a screen reader says it when the focus enters the
    // group); each button is named by its option and described by the field's problem and help.
    void setAccessibleTexts(const QString &name, const QString &description) override
    {
        a11y::markGroup(this);
        setAccessibleName(name);
        setAccessibleDescription(description);
        for (QRadioButton *b : m_buttons) {
            b->setAccessibleName(b->text());
            b->setAccessibleDescription(description);
        }
        m_name = name;
        m_description = description;
    }
    void retranslateUi() override
    {
        const QList<Choice> choices = currentChoices(field(), session());
        for (QRadioButton *b : m_buttons)
            for (const Choice &c : choices)
                if (c.value == b->property("choiceValue").toString())
                    b->setText(inUi(c.label));
        setAccessibleTexts(m_name, m_description);
    }

  protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *button = qobject_cast<QRadioButton *>(watched);
        if (!button || event->type() != QEvent::KeyPress || !m_buttons.contains(button))
            return FieldInput::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return false;
        int step = 0;
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Left:
            step = -1;
            break;
        case Qt::Key_Down:
        case Qt::Key_Right:
            step = 1;
            break;
        default:
            return false;
        }
        if (layoutDirection() == Qt::RightToLeft &&
            (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right))
            step = -step;
        const qsizetype count = m_buttons.size();
        QRadioButton *next = m_buttons.at((m_buttons.indexOf(button) + step + count) % count);
        next->setFocus(step < 0 ? Qt::BacktabFocusReason : Qt::TabFocusReason);
        next->setChecked(true); // chooses it (toggled -> choose)
        return true;
    }

  private:
    void choose(QRadioButton *chosen, bool checked)
    {
        if (m_loading || !checked)
            return;
        updateTabStop();
        session()->setText(field().path(), chosen->property("choiceValue").toString());
        emit edited();
    }
    // Only the chosen (or, with none chosen, the first) option is a Tab stop; the others are reached
    // with the arrow keys or the mouse.
    void updateTabStop()
    {
        const QWidget *entry = focusTarget();
        for (QRadioButton *b : m_buttons)
            b->setFocusPolicy(b == entry ? Qt::StrongFocus : Qt::ClickFocus);
    }
    QStringList shownValues() const
    {
        QStringList values;
        for (const QRadioButton *b : m_buttons)
            values << b->property("choiceValue").toString();
        return values;
    }

    static QStringList choiceValues(const QList<Choice> &choices)
    {
        QStringList values;
        for (const Choice &c : choices)
            values << c.value;
        return values;
    }

    void rebuild()
    {
        const QList<Choice> choices = currentChoices(field(), session());
        qDeleteAll(m_buttons);
        m_buttons.clear();
        while (QLayoutItem *item = m_layout->takeAt(0))
            delete item;
        for (const Choice &c : choices) {
            auto *button = new QRadioButton(inUi(c.label), this);
            button->setAutoExclusive(true);
            button->setProperty("choiceValue", c.value);
            button->installEventFilter(this);
            connect(button, &QRadioButton::toggled, this, [this, button](bool on) { choose(button, on); });
            m_buttons << button;
            m_layout->addWidget(button);
        }
        m_layout->addStretch(0);
        setAccessibleTexts(m_name, m_description);
        load();
    }

    QHBoxLayout *m_layout;
    QList<QRadioButton *> m_buttons;
    QString m_name;
    QString m_description;
};

class ComboChoiceInput : public FieldInput
{
  public:
    ComboChoiceInput(const FieldDefinition &field, DraftSession *session, QWidget *parent)
        : FieldInput(field, session, parent), m_combo(new QComboBox(this))
    {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_combo);
        m_combo->setEditable(field.freeText);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(20);
        if (field.freeText) {
            m_combo->lineEdit()->setMaxLength(1 << 30);
            // Typing a section letter or the start of words of a label offers those choices.
            installChoiceCompleter(m_combo, [this] { return m_choices; });
            connect(m_combo, &QComboBox::editTextChanged, this, [this](const QString &text) {
                if (m_loading)
                    return;
                this->session()->setText(this->field().path(), valueForText(m_choices, text));
                emit edited();
            });
        } else {
            connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
                if (m_loading || index < 0)
                    return;
                this->session()->setText(this->field().path(), m_combo->itemData(index).toString());
                emit edited();
            });
        }
        retranslateUi();
    }
    void load() override
    {
        const QString value = session()->draft().text(field().path());
        m_loading = true;
        const int index = m_combo->findData(value);
        if (field().freeText) {
            const QString shown = index >= 0 ? m_combo->itemText(index) : value;
            if (m_combo->currentText() != shown) {
                m_combo->setCurrentIndex(index);
                m_combo->setEditText(shown);
            }
        } else {
            m_combo->setCurrentIndex(index);
        }
        m_loading = false;
    }
    QWidget *focusTarget() const override { return m_combo; }
    void retranslateUi() override
    {
        m_loading = true;
        m_choices = currentChoices(field(), session());
        m_combo->clear();
        for (const Choice &c : m_choices)
            m_combo->addItem(inUi(c.label), c.value);
        m_combo->setPlaceholderText(field().placeholder.isEmpty() ? FieldInput::tr("Choose or type…")
                                                                  : inUi(field().placeholder));
        if (field().freeText)
            m_combo->lineEdit()->setPlaceholderText(m_combo->placeholderText());
        m_loading = false;
        load();
    }

  private:
    QComboBox *m_combo;
    QList<Choice> m_choices;
};

class MultiChoiceInput : public FieldInput
{
  public:
    MultiChoiceInput(const FieldDefinition &field, DraftSession *session, QWidget *parent)
        : FieldInput(field, session, parent)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        for (const Choice &c : field.choices) {
            auto *box = new QCheckBox(this);
            box->setProperty("choiceValue", c.value);
            layout->addWidget(box);
            m_boxes << box;
            connect(box, &QCheckBox::toggled, this, [this] {
                if (m_loading)
                    return;
                QStringList values;
                for (QCheckBox *b : m_boxes)
                    if (b->isChecked())
                        values << b->property("choiceValue").toString();
                this->session()->setList(this->field().path(), values);
                emit edited();
            });
        }
        retranslateUi();
    }
    void load() override
    {
        const QStringList values = session()->draft().list(field().path());
        m_loading = true;
        for (QCheckBox *b : m_boxes)
            b->setChecked(values.contains(b->property("choiceValue").toString()));
        m_loading = false;
    }
    QWidget *focusTarget() const override { return m_boxes.value(0, nullptr); }
    QList<QWidget *> tabOrder() const override { return {m_boxes.cbegin(), m_boxes.cend()}; }
    // As the radio buttons: a named group of boxes named by their option.
    void setAccessibleTexts(const QString &name, const QString &description) override
    {
        m_name = name;
        m_description = description;
        a11y::markGroup(this);
        setAccessibleName(name);
        setAccessibleDescription(description);
        for (QCheckBox *b : m_boxes) {
            b->setAccessibleName(b->text());
            b->setAccessibleDescription(description);
        }
    }
    void retranslateUi() override
    {
        for (int i = 0; i < m_boxes.size() && i < field().choices.size(); ++i)
            m_boxes[i]->setText(inUi(field().choices[i].label));
        setAccessibleTexts(m_name, m_description);
    }

  private:
    QList<QCheckBox *> m_boxes;
    QString m_name;
    QString m_description;
};

} // namespace

FieldInput *createChoiceInput(const FieldDefinition &field, DraftSession *session, QWidget *parent)
{
    int most = field.choices.size();
    for (const QList<Choice> &choices : field.choicesByKind)
        most = std::max<int>(most, choices.size());
    if (!field.freeText && most <= kMaxRadioChoices)
        return new RadioChoiceInput(field, session, parent);
    return new ComboChoiceInput(field, session, parent);
}

FieldInput *createMultiChoiceInput(const FieldDefinition &field, DraftSession *session, QWidget *parent)
{
    return new MultiChoiceInput(field, session, parent);
}

} // namespace nbapply::gui
