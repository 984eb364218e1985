# mistake: starts the test part at n_validation instead of after the validation part
# expect: position n_train + n_validation


def split_digits(images, labels, n_train, n_validation):
    train = (images[:n_train], labels[:n_train])
    validation = (images[n_train:n_train + n_validation], labels[n_train:n_train + n_validation])
    test = (images[n_validation:], labels[n_validation:])
    return train, validation, test
