# mistake: picks a learning rate too small to converge within the epochs
# expect: the training loss is still


LEARNING_RATE = 0.01
