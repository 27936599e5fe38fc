package api

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
)

func (s *Server) handleDivisionList(c *gin.Context) {
	ds, err := s.Divisions.FindDivisions(c.Request.Context(), c.Query("parent"))
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, list[domain.Division]{Items: ds})
}

func (s *Server) handleAssociationTree(c *gin.Context) {
	t, err := s.Associations.Tree(c.Request.Context())
	if err != nil {
		writeError(c, err)
		return
	}
	out := list[associationJSON]{Items: []associationJSON{}}
	if root := t.Root(); root != nil {
		out.Items = append(out.Items, associationTreeOut(t, root))
	}
	c.JSON(http.StatusOK, out)
}

func (s *Server) handleAssociationGet(c *gin.Context) {
	t, err := s.Associations.Tree(c.Request.Context())
	if err != nil {
		writeError(c, err)
		return
	}
	a, err := s.Associations.Find(c.Request.Context(), c.Param("code"))
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, associationTreeOut(t, a))
}

type associationCreateRequest struct {
	Code      string       `json:"code"`
	Parent    string       `json:"parent"`
	Names     domain.Names `json:"names"`
	Divisions []string     `json:"divisions"`
}

func (s *Server) handleAssociationCreate(c *gin.Context) {
	var req associationCreateRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	a, err := s.Associations.Create(c.Request.Context(), domain.NewAssociation{
		Code: req.Code, ParentCode: req.Parent, Names: req.Names, Divisions: req.Divisions,
	})
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusCreated, associationOut(a))
}

func (s *Server) handleMemberList(c *gin.Context) {
	ms, err := s.Associations.Members(c.Request.Context(), associationOf(c))
	if err != nil {
		writeError(c, err)
		return
	}
	out := list[memberJSON]{Items: make([]memberJSON, 0, len(ms))}
	for i := range ms {
		out.Items = append(out.Items, memberOut(&ms[i]))
	}
	c.JSON(http.StatusOK, out)
}

type memberAddRequest struct {
	Email    string      `json:"email"`
	Name     string      `json:"name"`
	Role     domain.Role `json:"role"`
	Password string      `json:"password"`
}

type memberAddResponse struct {
	Member            memberJSON `json:"member"`
	TemporaryPassword string     `json:"temporary_password,omitempty"`
}

func (s *Server) handleMemberAdd(c *gin.Context) {
	var req memberAddRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	m, generated, err := s.Associations.AddMember(c.Request.Context(), associationOf(c), domain.NewMember{
		Email: req.Email, Name: req.Name, Role: req.Role, Password: req.Password,
	})
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusCreated, memberAddResponse{Member: memberOut(m), TemporaryPassword: generated})
}

type memberUpdateRequest struct {
	Role domain.Role `json:"role"`
}

func (s *Server) handleMemberUpdate(c *gin.Context) {
	userID, err := userIDParam(c)
	if err != nil {
		writeError(c, err)
		return
	}
	var req memberUpdateRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	m, err := s.Associations.ChangeMemberRole(c.Request.Context(), principalOf(c), associationOf(c), userID, req.Role)
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, memberOut(m))
}

func (s *Server) handleMemberRemove(c *gin.Context) {
	userID, err := userIDParam(c)
	if err != nil {
		writeError(c, err)
		return
	}
	if err := s.Associations.RemoveMember(c.Request.Context(), principalOf(c), associationOf(c), userID); err != nil {
		writeError(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

func userIDParam(c *gin.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("user_id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, domain.Errorf(domain.ECodeNotFound, "There is no member %q.", c.Param("user_id"))
	}
	return id, nil
}
