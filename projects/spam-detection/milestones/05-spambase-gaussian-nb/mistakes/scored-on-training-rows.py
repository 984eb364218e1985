# mistake: measures the accuracy on the rows the model was fitted on
# expect: the accuracy on the training rows


def test_accuracy(features, labels, train_indices, test_indices):
    """Fit on the training rows, return the accuracy on the test rows."""
    model = fit_gaussian_nb([features[i] for i in train_indices], [labels[i] for i in train_indices])
    right = sum(predict_gaussian_nb(model, features[i]) == labels[i] for i in train_indices)
    return right / len(train_indices)
