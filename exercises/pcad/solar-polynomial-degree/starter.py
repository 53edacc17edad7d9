# Read the CSV path, the seed and the largest degree from standard input, fit
# one polynomial model per degree, print their training and validation errors
# and the best degree (see README.md).
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures, StandardScaler

path = input().strip()
seed = int(input())
max_degree = int(input())
log = pd.read_csv(path, dtype=str)
# TODO: clean, split, fit degree 1..max_degree, print the errors and the best degree
