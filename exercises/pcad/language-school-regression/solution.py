"""Linear or logistic regression for a language school's results, with scikit-learn."""
import pandas as pd
from sklearn.linear_model import LinearRegression, LogisticRegression


def load(path, target, features):
    """The rows that have every feature and the target; yes/no made 1/0."""
    table = pd.read_csv(path, dtype=str)
    for column in features + [target, "split"]:
        table[column] = table[column].str.strip()
    answers = table[target].str.lower()
    is_yes_no = answers.dropna().isin(["yes", "no"]).all()
    if is_yes_no:
        table[target] = answers.map({"yes": 1, "no": 0})
    for column in features + ([] if is_yes_no else [target]):
        table[column] = pd.to_numeric(table[column], errors="coerce")
    return table.dropna(subset=features + [target]), is_yes_no


def fit_model(path, target, features, new):
    """Fit the right kind of regression on the training rows, test it on the test rows."""
    table, is_yes_no = load(path, target, features)
    train = table[table["split"] == "train"]
    test = table[table["split"] == "test"]

    if is_yes_no:      # a yes/no outcome: classification
        model = LogisticRegression()
    else:              # a number: regression
        model = LinearRegression()
    model.fit(train[features], train[target].astype(int if is_yes_no else float))

    new_row = pd.DataFrame([new], columns=features)
    if is_yes_no:
        prediction = model.predict_proba(new_row)[0, 1]   # P(yes): class 1
        coefficients = model.coef_[0]
        intercept = model.intercept_[0]
    else:
        prediction = model.predict(new_row)[0]
        coefficients = model.coef_
        intercept = model.intercept_
    # .score: accuracy for the classifier, R squared for the regression.
    test_score = model.score(test[features], test[target].astype(int if is_yes_no else float))

    return {
        "model": "logistic" if is_yes_no else "linear",
        "train_rows": len(train),
        "test_rows": len(test),
        "coefficients": [float(c) for c in coefficients],
        "intercept": float(intercept),
        "test_score": float(test_score),
        "prediction": float(prediction),
    }
