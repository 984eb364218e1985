# mistake: takes the category levels from the training and the test rows together
# expect: Take the levels from the training rows only


def log_price_model(train, test, numeric, categorical):
    """Fit log(Sale_Price) on the encoded training rows; return R² and RMSE of the test prices in dollars."""
    levels = {column: category_levels(train + test, column) for column in categorical}
    coefficients = fit_least_squares(encode_rows(train, numeric, levels),
                                     [math.log(row["Sale_Price"]) for row in train])
    predictions = [math.exp(p) for p in predict_linear(encode_rows(test, numeric, levels), coefficients)]
    actual = [row["Sale_Price"] for row in test]
    return {"r2": r_squared(actual, predictions), "rmse": rmse(actual, predictions)}
