-- The seed's request, as wrk sends it in `make bench`.
wrk.method = "POST"
wrk.body = '{"asset_id": "re_657745568997527552", "model": "multimodalembedding@001"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "sk-8483027fe3abfe535f6ae01a9979b4f7"
