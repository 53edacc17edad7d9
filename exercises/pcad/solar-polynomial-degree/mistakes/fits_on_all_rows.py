# Mistake: fits each model on all the rows, the validation rows included, so
# the validation error no longer measures anything the model has not seen.
# Which polynomial degree models a solar panel's day best? Compare training and
# validation errors to spot under- and overfitting.
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures, StandardScaler


def load(path):
    """Hours of the day (6.5 for 06:30) and outputs; rows without output dropped."""
    log = pd.read_csv(path, dtype=str).dropna(subset=["output_w"])
    hours, minutes = log["time"].str.split(":", expand=True).astype(int).T.values
    x = pd.DataFrame({"hour": hours + minutes / 60})
    return x, log["output_w"].astype(float)


def main():
    path = input().strip()
    seed = int(input())
    max_degree = int(input())
    x, y = load(path)
    x_train, x_val, y_train, y_val = train_test_split(
        x, y, test_size=0.3, random_state=seed)

    errors = {}
    for degree in range(1, max_degree + 1):
        # Powers of 20 reach 10**10: scale them before the regression.
        model = make_pipeline(PolynomialFeatures(degree, include_bias=False),
                              StandardScaler(), LinearRegression())
        model.fit(x, y)
        train_mse = mean_squared_error(y_train, model.predict(x_train))
        val_mse = mean_squared_error(y_val, model.predict(x_val))
        errors[degree] = val_mse
        print(f"degree {degree}: train MSE {train_mse:.2f}, validation MSE {val_mse:.2f}")
    best = min(errors, key=errors.get)   # the first degree with the lowest error
    print(f"best degree: {best}")


if __name__ == "__main__":
    main()
