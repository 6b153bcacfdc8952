// Package pins names every third-party package that Go Atlas's code examples import, so that
// `go mod tidy` keeps each module at the version in go.mod. The content gate compiles each complete
// Go block of the site against exactly these versions; see README.md beside this file.
package pins

import (
	_ "github.com/Jeffail/tunny"
	_ "github.com/alibaba/sentinel-golang/api"
	_ "github.com/cloudwego/hertz/pkg/app/server"
	_ "github.com/cloudwego/kitex/server"
	_ "github.com/cloudwego/netpoll"
	_ "github.com/cloudwego/shmipc-go"
	_ "github.com/containernetworking/cni/pkg/skel"
	_ "github.com/gin-gonic/gin"
	_ "github.com/gomodule/redigo/redis"
	_ "github.com/hashicorp/go-plugin"
	_ "github.com/hashicorp/terraform-plugin-framework/provider"
	_ "github.com/kpango/fastime"
	_ "github.com/labstack/echo/v4"
	_ "github.com/panjf2000/ants/v2"
	_ "github.com/panjf2000/gnet/v2"
	_ "github.com/pressly/goose/v3"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/redis/go-redis/v9"
	_ "github.com/rs/zerolog"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/viper"
	_ "github.com/tetratelabs/wazero"
	_ "github.com/valyala/fasthttp"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/raft/v3"
	_ "go.uber.org/zap"
	_ "golang.org/x/sync/errgroup"
	_ "golang.org/x/time/rate"
	_ "google.golang.org/grpc"
	_ "k8s.io/client-go/kubernetes"
	_ "sigs.k8s.io/controller-runtime"
)
