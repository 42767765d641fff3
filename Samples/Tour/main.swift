import NodeLoop
EventLoop.runMain { console.log("tour") }
