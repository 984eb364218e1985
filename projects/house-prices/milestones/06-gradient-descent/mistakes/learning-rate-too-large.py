# mistake: picks a learning rate so large that gradient descent diverges
# expect: each step overshoots the bottom of the valley


LEARNING_RATE = 0.5
