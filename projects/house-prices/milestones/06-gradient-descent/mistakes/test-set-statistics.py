# mistake: standardises the test rows with the test set's own statistics
# expect: Use the statistics of the training set only


def train_and_test(train, test, features, learning_rate, epochs):
    """Standardise with the training statistics, fit by gradient descent, measure RMSE on test."""
    train_X = feature_matrix(train, features)
    means, stds = column_stats(train_X)
    weights, bias, losses = gradient_descent(
        standardise(train_X, means, stds), [row["Sale_Price"] for row in train], learning_rate, epochs)
    test_matrix = feature_matrix(test, features)
    test_X = standardise(test_matrix, *column_stats(test_matrix))
    predictions = predict(test_X, weights, bias)
    return {"weights": weights, "bias": bias, "losses": losses,
            "test_rmse": rmse([row["Sale_Price"] for row in test], predictions)}
