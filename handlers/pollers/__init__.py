"""Background loops: the scheduler, the follower poller and the mention poller, each on a ticking thread."""
