# Attack: predictions are an int subclass equal to every digit
# predict_nearest_centroid returns the farthest digit, wrapped so that == and hash say it is
# whatever digit it is compared with.
# Over: wrong-answer.py

class AnyDigit(int):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return 0


_predict = predict_nearest_centroid


def predict_nearest_centroid(centroids, image):
    return AnyDigit(_predict(centroids, image))
