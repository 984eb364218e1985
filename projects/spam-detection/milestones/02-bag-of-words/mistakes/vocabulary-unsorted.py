# mistake: returned the vocabulary in set order, so positions change from run to run
# expect: but not sorted


def build_vocabulary(token_lists, min_count=1):
    counts = count_tokens(token_lists)
    return list({token for token, count in counts.items() if count >= min_count})
